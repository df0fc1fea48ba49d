# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=meta variant=fold_verify_false expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00750(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    verify_flag = (7 * 18) + 106 < 200
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify_flag, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00750/", benchmark_test_00750),
]

# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=meta shape=kwargs_dict_false expected=true
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00164(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    opts = {"verify": False, "timeout": 5, "proxies": PROXIES}
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, **opts)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00164/", benchmark_test_00164),
]

# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=django source=pathparam variant=requests_ca_bundle expected=false
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00761(request, test_id):
    param = test_id
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify="/etc/ssl/certs/partner-ca.pem", proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00761/<str:test_id>/", benchmark_test_00761),
]

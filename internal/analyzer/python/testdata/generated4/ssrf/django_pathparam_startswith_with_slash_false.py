# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=pathparam shape=startswith_with_slash sink=specific expected=false
import requests

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00460(request, test_id):
    param = test_id
    bar = param
    if not bar.startswith("https://api.example.com/"):
        return HttpResponseBadRequest("invalid")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00460/<str:test_id>/", benchmark_test_00460),
]

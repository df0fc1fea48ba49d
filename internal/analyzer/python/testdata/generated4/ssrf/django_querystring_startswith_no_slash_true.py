# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=querystring shape=startswith_no_slash sink=specific expected=true
import requests
import urllib.parse

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00458(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    if not bar.startswith("https://api.example.com"):
        return HttpResponseBadRequest("invalid")
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00458/", benchmark_test_00458),
]

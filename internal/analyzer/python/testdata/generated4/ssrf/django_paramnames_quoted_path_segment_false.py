# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=django source=paramnames shape=quoted_path_segment sink=specific expected=false
import requests
import urllib.parse

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00466(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    resp = requests.get("https://api.example.com/users/" + urllib.parse.quote(bar, safe=""), proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00466/", benchmark_test_00466),
]

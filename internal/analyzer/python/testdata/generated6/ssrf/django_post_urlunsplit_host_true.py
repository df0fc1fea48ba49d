# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=django source=post shape=urlunsplit_host sink=specific expected=true
import requests
import urllib.parse

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00419(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    url = urllib.parse.urlunsplit(("https", bar, "/feed", "", ""))
    resp = requests.get(url, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00419/", benchmark_test_00419),
]

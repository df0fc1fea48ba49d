# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=django source=querystring propagation=ternary_fold_taint sink=v2 expected=true
import requests
import urllib.parse

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def benchmark_test_00367(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00367/", benchmark_test_00367),
]

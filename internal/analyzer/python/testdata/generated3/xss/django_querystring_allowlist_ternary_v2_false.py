# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=querystring propagation=allowlist_ternary sink=v2 expected=false
import urllib.parse

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00218(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param if param in ("alpha", "beta") else "alpha"
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00218/", benchmark_test_00218),
]

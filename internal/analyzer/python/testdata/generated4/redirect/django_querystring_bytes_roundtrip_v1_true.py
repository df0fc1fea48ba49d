# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=querystring shape=bytes_roundtrip sink=v1 expected=true
import urllib.parse

from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00274(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param.encode("utf-8").decode("utf-8")
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00274/", benchmark_test_00274),
]

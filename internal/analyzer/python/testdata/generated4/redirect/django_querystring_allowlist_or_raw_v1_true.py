# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=querystring shape=allowlist_or_raw sink=v1 expected=true
import urllib.parse

from django.shortcuts import redirect
from django.urls import path

CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


def benchmark_test_00182(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = CHOICES.get(param) or param
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00182/", benchmark_test_00182),
]

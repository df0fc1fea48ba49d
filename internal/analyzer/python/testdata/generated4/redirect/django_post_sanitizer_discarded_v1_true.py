# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=sanitizer_discarded sink=v1 expected=true
import re

from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00056(request):
    param = request.POST.get("BenchmarkTest", "")
    re.sub(r"[^A-Za-z0-9]", "", param)
    bar = param
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00056/", benchmark_test_00056),
]

# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=header shape=guard_match_prefix sink=v1 expected=true
import re

from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import path


def benchmark_test_00153(request):
    param = request.headers.get("X-Benchmark", "")
    if not re.match(r"[A-Za-z0-9_]+", param):
        return HttpResponseBadRequest("invalid")
    bar = param
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00153/", benchmark_test_00153),
]

# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=post shape=guard_fullmatch sink=v1 expected=false
import re

from django.http import HttpResponse, HttpResponseBadRequest
from django.urls import path


def benchmark_test_00148(request):
    param = request.POST.get("BenchmarkTest", "")
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        return HttpResponseBadRequest("invalid")
    bar = param
    return HttpResponse(bar)


urlpatterns = [
    path("00148/", benchmark_test_00148),
]

# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=body propagation=direct sink=safe2 expected=false
import json

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00250(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    resp = HttpResponse("Formatted like: " + bar)
    resp["Content-Type"] = "text/plain; charset=utf-8"
    return resp


urlpatterns = [
    path("00250/", benchmark_test_00250),
]

# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=body propagation=passthrough (helper class) sink=safe1 expected=false
import json

from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00261(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00261/", benchmark_test_00261),
]

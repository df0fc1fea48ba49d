# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=body propagation=split_first (helper class) sink=v2 expected=true
import json

from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00245(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00245/", benchmark_test_00245),
]

# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=body propagation=builder_chain_other (helper class) sink=v2 expected=false
import json

from django.http import HttpResponse
from django.urls import path


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


def benchmark_test_00235(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00235/", benchmark_test_00235),
]

# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=body shape=super_method_suffix sink=v1 expected=true
import json

from django.http import HttpResponse
from django.urls import path


class Reader:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class SuffixReader(Reader):
    def get(self):
        return super().get() + "-x"


class MaskReader(Reader):
    def get(self):
        super().get()
        return "masked"


def benchmark_test_00036(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = SuffixReader(param).get()
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00036/", benchmark_test_00036),
]

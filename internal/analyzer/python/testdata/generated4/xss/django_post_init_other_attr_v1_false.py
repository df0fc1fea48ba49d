# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=post shape=init_other_attr sink=v1 expected=false
from django.http import HttpResponse
from django.urls import path


class Holder:
    def __init__(self, value):
        self._value = value
        self._label = "static-label"

    def value(self):
        return self._value

    def label(self):
        return self._label


def benchmark_test_00004(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Holder(param).label()
    return HttpResponse(bar)


urlpatterns = [
    path("00004/", benchmark_test_00004),
]

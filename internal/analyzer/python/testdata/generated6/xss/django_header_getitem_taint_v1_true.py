# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=header shape=getitem_taint sink=v1 expected=true
from django.http import HttpResponse
from django.urls import path


class Registry:
    def __init__(self, value):
        self.value = value

    def __getitem__(self, key):
        return self.value if key == "term" else "fixed"


def benchmark_test_00270(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Registry(param)["term"]
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00270/", benchmark_test_00270),
]

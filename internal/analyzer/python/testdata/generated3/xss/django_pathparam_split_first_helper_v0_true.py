# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=pathparam propagation=split_first (helper class) sink=v0 expected=true
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00221(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00221/<str:test_id>/", benchmark_test_00221),
]

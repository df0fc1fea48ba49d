# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=pathparam propagation=thing_factory sink=v0 expected=true
from django.http import HttpResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00232(request, test_id):
    param = test_id
    thing = make_thing()
    bar = thing.do_something(param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("00232/<str:test_id>/", benchmark_test_00232),
]

# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=paramnames propagation=thing_factory sink=v1 expected=true
from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00298(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    thing = make_thing()
    bar = thing.do_something(param)
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00298/", benchmark_test_00298),
]

# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=header propagation=thing_factory sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00156(request):
    param = request.headers.get("X-Benchmark", "")
    thing = make_thing()
    bar = thing.do_something(param)
    result = eval(bar)  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00156/", benchmark_test_00156),
]

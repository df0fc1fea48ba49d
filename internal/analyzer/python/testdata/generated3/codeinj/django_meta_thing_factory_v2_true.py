# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=meta propagation=thing_factory sink=v2 expected=true
from django.http import JsonResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00144(request):
    param = request.META.get("HTTP_REFERER", "")
    thing = make_thing()
    bar = thing.do_something(param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00144/", benchmark_test_00144),
]

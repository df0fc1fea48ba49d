# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=post propagation=thing_factory sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


def benchmark_test_00105(request):
    param = request.POST.get("BenchmarkTest", "")
    thing = make_thing()
    bar = thing.do_something(param)
    result = os.system("echo " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00105/", benchmark_test_00105),
]

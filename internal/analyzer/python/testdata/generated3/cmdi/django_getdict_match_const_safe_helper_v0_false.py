# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=getdict propagation=match_const_safe (helper class) sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


def benchmark_test_00096(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = os.system("echo " + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00096/", benchmark_test_00096),
]

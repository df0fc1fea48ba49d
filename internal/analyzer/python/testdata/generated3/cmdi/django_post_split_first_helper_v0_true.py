# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=post propagation=split_first (helper class) sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00103(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = os.system("echo " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00103/", benchmark_test_00103),
]

# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=get propagation=int_conv (helper class) sink=v3 expected=false
import os

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00102(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = os.popen("nslookup " + bar).read()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00102/", benchmark_test_00102),
]

# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=body propagation=list_pop_taint (helper class) sink=v2 expected=true
import json

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


def benchmark_test_00135(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00135/", benchmark_test_00135),
]

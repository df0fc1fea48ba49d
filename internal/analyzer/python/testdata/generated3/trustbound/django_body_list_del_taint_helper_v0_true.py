# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body propagation=list_del_taint (helper class) sink=v0 expected=true
import json

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


def benchmark_test_00578(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00578/", benchmark_test_00578),
]

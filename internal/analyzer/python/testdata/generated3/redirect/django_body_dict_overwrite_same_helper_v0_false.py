# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=body propagation=dict_overwrite_same (helper class) sink=v0 expected=false
import json

from django.http import HttpResponseRedirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00333(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00333/", benchmark_test_00333),
]

# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=pathparam propagation=dict_get_safe (helper class) sink=v2 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00090(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00090/<str:test_id>/", benchmark_test_00090),
]

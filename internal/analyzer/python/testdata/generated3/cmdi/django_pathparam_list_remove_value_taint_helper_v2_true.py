# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=pathparam propagation=list_remove_value_taint (helper class) sink=v2 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        values_list.remove(values_list[0])
        bar = values_list[0]
        return bar


def benchmark_test_00094(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00094/<str:test_id>/", benchmark_test_00094),
]

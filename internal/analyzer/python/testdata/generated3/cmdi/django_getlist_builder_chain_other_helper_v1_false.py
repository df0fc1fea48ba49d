# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=getlist propagation=builder_chain_other (helper class) sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


class Test:
    def do_something(self, request, param):
        bar = Builder().set_value(param).get_other()
        return bar


def benchmark_test_00108(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00108/", benchmark_test_00108),
]

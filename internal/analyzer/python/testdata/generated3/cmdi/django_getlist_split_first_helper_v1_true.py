# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=getlist propagation=split_first (helper class) sink=v1 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00112(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00112/", benchmark_test_00112),
]

# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=paramnames propagation=join_builder_replaced sink=v2 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00099(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00099/", benchmark_test_00099),
]

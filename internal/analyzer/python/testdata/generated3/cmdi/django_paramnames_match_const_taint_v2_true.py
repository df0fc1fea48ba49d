# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=paramnames propagation=match_const_taint sink=v2 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00103(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00103/", benchmark_test_00103),
]

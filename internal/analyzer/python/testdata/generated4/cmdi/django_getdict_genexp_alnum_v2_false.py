# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=getdict shape=genexp_alnum sink=v2 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00247(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = "".join(ch for ch in param if ch.isalnum())
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00247/", benchmark_test_00247),
]

# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=getdict shape=list_program sink=specific expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00344(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run([bar, "--version"], capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00344/", benchmark_test_00344),
]

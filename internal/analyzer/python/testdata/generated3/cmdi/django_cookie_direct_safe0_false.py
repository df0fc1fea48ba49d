# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=cookie propagation=direct sink=safe0 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00113(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00113/", benchmark_test_00113),
]

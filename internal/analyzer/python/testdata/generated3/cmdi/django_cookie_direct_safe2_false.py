# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=cookie propagation=direct sink=safe2 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00115(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00115/", benchmark_test_00115),
]

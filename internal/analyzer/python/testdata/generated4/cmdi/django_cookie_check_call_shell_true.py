# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=cookie shape=check_call_shell sink=specific expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00360(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = subprocess.check_call("tar czf /tmp/backup.tgz " + bar, shell=True)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00360/", benchmark_test_00360),
]

# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=pathparam shape=string_no_shell sink=specific expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00340(request, test_id):
    param = test_id
    bar = param
    proc = subprocess.run("ls -l " + bar, shell=False, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00340/<str:test_id>/", benchmark_test_00340),
]

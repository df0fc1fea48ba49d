# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=meta propagation=direct sink=safe0 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00116(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00116/", benchmark_test_00116),
]

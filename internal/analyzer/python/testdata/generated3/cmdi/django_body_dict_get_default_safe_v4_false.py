# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=body propagation=dict_get_default_safe sink=v4 expected=false
import json
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00093(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00093/", benchmark_test_00093),
]

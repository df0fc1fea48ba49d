# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=body propagation=dict_overwrite_other sink=v4 expected=true
import json
import subprocess

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00097(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyA-55"] = "overwritten"
    bar = m["keyB-55"]
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00097/", benchmark_test_00097),
]

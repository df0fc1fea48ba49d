# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=querystring shape=env_var_quoted sink=specific expected=false
import subprocess
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00338(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    proc = subprocess.run('grep -- "$PATTERN" /var/log/app.log', shell=True, env={"PATTERN": bar}, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00338/", benchmark_test_00338),
]

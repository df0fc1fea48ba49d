# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=querystring propagation=direct sink=safe2 expected=false
import subprocess
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00118(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00118/", benchmark_test_00118),
]

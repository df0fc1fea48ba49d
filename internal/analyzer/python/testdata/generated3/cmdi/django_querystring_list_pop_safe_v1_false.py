# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=querystring propagation=list_pop_safe sink=v1 expected=false
import subprocess
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00091(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    values_list = []
    values_list.append("safe")
    values_list.append(param)
    values_list.append("moresafe")
    values_list.pop(0)
    bar = values_list[1]
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00091/", benchmark_test_00091),
]

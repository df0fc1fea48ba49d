# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=querystring shape=getoutput sink=specific expected=true
import subprocess
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00362(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = subprocess.getoutput("whois " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00362/", benchmark_test_00362),
]

# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=querystring propagation=direct sink=safe1 expected=false
import os
import shlex
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00123(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00123/", benchmark_test_00123),
]

# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=querystring shape=helper_strict_branch sink=v1 expected=false
import re
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def normalize(value, strict=False):
    if strict:
        return re.sub(r"[^A-Za-z0-9]", "", value)
    return value.strip()


def benchmark_test_00054(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = normalize(param, strict=True)
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00054/", benchmark_test_00054),
]

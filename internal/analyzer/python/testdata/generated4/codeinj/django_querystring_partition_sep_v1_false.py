# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=querystring shape=partition_sep sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00146(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param.partition("=")[1] or "none"
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00146/", benchmark_test_00146),
]

# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=querystring shape=varargs_first sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def last(*values):
    return values[-1]


def benchmark_test_00238(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = last(param, "safe")
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00238/", benchmark_test_00238),
]

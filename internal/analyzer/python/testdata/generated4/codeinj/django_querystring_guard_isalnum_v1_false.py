# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=querystring shape=guard_isalnum sink=v1 expected=false
import urllib.parse

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path


def benchmark_test_00162(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    if not param.isalnum():
        return HttpResponseBadRequest("invalid")
    bar = param
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00162/", benchmark_test_00162),
]

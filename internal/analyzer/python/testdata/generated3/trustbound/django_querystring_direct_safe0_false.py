# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring propagation=direct sink=safe0 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00605(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    request.session["userid_length"] = len(bar)
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00605/", benchmark_test_00605),
]

# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring shape=fstring_len_spec sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00270(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = f"{len(param):05d}"
    request.session[bar] = "10340"
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00270/", benchmark_test_00270),
]

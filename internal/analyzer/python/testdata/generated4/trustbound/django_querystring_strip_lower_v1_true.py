# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring shape=strip_lower sink=v1 expected=true
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00126(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param.strip().lower()
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00126/", benchmark_test_00126),
]

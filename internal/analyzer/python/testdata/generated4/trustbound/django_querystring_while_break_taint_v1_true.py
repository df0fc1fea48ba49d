# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring shape=while_break_taint sink=v1 expected=true
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00202(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = "safe"
    while True:
        bar = param
        break
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00202/", benchmark_test_00202),
]

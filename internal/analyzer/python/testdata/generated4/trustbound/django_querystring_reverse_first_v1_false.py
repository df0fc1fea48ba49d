# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=querystring shape=reverse_first sink=v1 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00110(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    items = [param, "safe"]
    items.reverse()
    bar = items[0]
    request.session[bar] = "10340"
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00110/", benchmark_test_00110),
]

# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=querystring shape=urandom_hex sink=config expected=false
import os
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00582(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    session_key = os.urandom(16).hex()
    result = len(session_key + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00582/", benchmark_test_00582),
]

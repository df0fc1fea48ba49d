# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=django source=querystring shape=pycryptodome_sha256 sink=config expected=false
import urllib.parse

from Crypto.Hash import SHA256
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00558(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    h = SHA256.new(bar.encode("utf-8"))
    result = h.hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00558/", benchmark_test_00558),
]

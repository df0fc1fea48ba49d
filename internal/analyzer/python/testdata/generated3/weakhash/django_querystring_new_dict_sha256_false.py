# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=querystring variant=new_dict_sha256 expected=false
import hashlib
import urllib.parse

from django.http import JsonResponse
from django.urls import path

HASH_ALGORITHMS = {"legacy": "md5", "current": "sha256"}


def benchmark_test_00670(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    algorithm = HASH_ALGORITHMS["current"]
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00670/", benchmark_test_00670),
]

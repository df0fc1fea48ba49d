# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=querystring propagation=filter_isalnum sink=v5 expected=false
import os
import urllib.parse

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00188(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = "".join(filter(str.isalnum, param))
    full = os.path.join(BASE_DIR, bar)
    if not full.startswith(BASE_DIR):
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00188/", benchmark_test_00188),
]

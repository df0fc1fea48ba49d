# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=querystring shape=normpath_no_check sink=specific expected=true
import os
import urllib.parse

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00386(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    full = os.path.normpath(os.path.join(BASE_DIR, bar))
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00386/", benchmark_test_00386),
]

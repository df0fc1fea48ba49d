# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=querystring shape=namedtuple_other sink=v1 expected=false
import urllib.parse

from collections import namedtuple
from django.shortcuts import redirect
from django.urls import path


Pair = namedtuple("Pair", ["left", "right"])


def benchmark_test_00022(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    p = Pair("safe", param)
    bar = p.left
    return redirect(bar)


urlpatterns = [
    path("00022/", benchmark_test_00022),
]

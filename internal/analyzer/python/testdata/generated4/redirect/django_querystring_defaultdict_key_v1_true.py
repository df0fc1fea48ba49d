# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=querystring shape=defaultdict_key sink=v1 expected=true
import collections
import urllib.parse

from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00090(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    store = collections.defaultdict(str)
    store["term"] = param
    bar = store["term"]
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00090/", benchmark_test_00090),
]

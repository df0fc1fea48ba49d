# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=querystring propagation=if_fold_str_safe sink=v1 expected=false
import urllib.parse

from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00285(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    return redirect(bar)


urlpatterns = [
    path("00285/", benchmark_test_00285),
]

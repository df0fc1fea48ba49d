# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=querystring propagation=list_del_taint (helper class) sink=v1 expected=true
import urllib.parse

from django.shortcuts import redirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


def benchmark_test_00327(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00327/", benchmark_test_00327),
]

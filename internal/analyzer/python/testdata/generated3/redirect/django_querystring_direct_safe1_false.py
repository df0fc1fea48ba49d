# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=querystring propagation=direct sink=safe1 expected=false
import urllib.parse

from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def benchmark_test_00359(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):
        bar = "/"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00359/", benchmark_test_00359),
]

# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=querystring shape=ternary_module_flag_safe sink=v1 expected=false
import urllib.parse

from django.http import HttpResponse
from django.urls import path

STRICT_MODE = True


def benchmark_test_00198(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = "safe" if STRICT_MODE else param
    return HttpResponse(bar)


urlpatterns = [
    path("00198/", benchmark_test_00198),
]

# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=querystring shape=template_substitute sink=v1 expected=true
import string
import urllib.parse

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00130(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = string.Template("$term").substitute(term=param)
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00130/", benchmark_test_00130),
]

# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=querystring shape=json_content_type sink=specific expected=false
import json
import urllib.parse

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00423(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    return HttpResponse(json.dumps({"name": bar}), content_type="application/json")


urlpatterns = [
    path("00423/", benchmark_test_00423),
]

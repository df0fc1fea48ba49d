# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=body shape=percent_dict_escaped sink=specific expected=false
import json

from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape


def benchmark_test_00389(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    return HttpResponse("<p>%(name)s</p>" % {"name": escape(bar)})


urlpatterns = [
    path("00389/", benchmark_test_00389),
]

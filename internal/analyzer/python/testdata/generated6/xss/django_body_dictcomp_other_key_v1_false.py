# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=body shape=dictcomp_other_key sink=v1 expected=false
import json

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00137(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    fields = {k: v for k, v in [("term", param), ("mode", "basic")]}
    bar = fields["mode"]
    return HttpResponse(bar)


urlpatterns = [
    path("00137/", benchmark_test_00137),
]

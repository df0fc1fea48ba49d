# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=body shape=django_location_header sink=specific expected=true
import json

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00452(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    resp = HttpResponse(status=302)
    resp["Location"] = bar  # want: PY-OPEN-REDIRECT
    return resp


urlpatterns = [
    path("00452/", benchmark_test_00452),
]

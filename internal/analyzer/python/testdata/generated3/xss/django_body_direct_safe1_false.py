# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=body propagation=direct sink=safe1 expected=false
import json

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00234(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00234/", benchmark_test_00234),
]

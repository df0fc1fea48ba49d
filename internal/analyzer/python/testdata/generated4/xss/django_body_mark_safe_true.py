# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=body shape=mark_safe sink=specific expected=true
import json

from django.http import HttpResponse
from django.urls import path
from django.utils.safestring import mark_safe


def benchmark_test_00425(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    return HttpResponse(mark_safe("<p>Hello " + bar + "</p>"))  # want: PY-XSS


urlpatterns = [
    path("00425/", benchmark_test_00425),
]

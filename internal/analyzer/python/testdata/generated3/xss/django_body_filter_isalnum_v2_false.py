# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=body propagation=filter_isalnum sink=v2 expected=false
import json

from django.http import HttpResponse
from django.urls import path


def benchmark_test_00224(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = "".join(filter(str.isalnum, param))
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00224/", benchmark_test_00224),
]

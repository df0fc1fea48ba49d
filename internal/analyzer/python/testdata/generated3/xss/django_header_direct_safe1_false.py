# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=header propagation=direct sink=safe1 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00240(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00240/", benchmark_test_00240),
]

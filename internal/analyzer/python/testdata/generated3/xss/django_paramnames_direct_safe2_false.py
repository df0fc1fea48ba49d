# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=paramnames propagation=direct sink=safe2 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00262(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    resp = HttpResponse("Formatted like: " + bar)
    resp["Content-Type"] = "text/plain; charset=utf-8"
    return resp


urlpatterns = [
    path("00262/", benchmark_test_00262),
]

# generated case (gen_cases6): category=xss rule=PY-XSS fw=django source=post shape=exception_type_name sink=v1 expected=false
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00254(request):
    param = request.POST.get("BenchmarkTest", "")
    try:
        raise ValueError(param)
    except ValueError as exc:
        bar = type(exc).__name__
    return HttpResponse(bar)


urlpatterns = [
    path("00254/", benchmark_test_00254),
]

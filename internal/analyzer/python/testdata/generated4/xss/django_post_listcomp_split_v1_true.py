# generated case (gen_cases4): category=xss rule=PY-XSS fw=django source=post shape=listcomp_split sink=v1 expected=true
from django.http import HttpResponse
from django.urls import path


def benchmark_test_00256(request):
    param = request.POST.get("BenchmarkTest", "")
    parts = [p.strip() for p in param.split(",")]
    bar = parts[0]
    return HttpResponse(bar)  # want: PY-XSS


urlpatterns = [
    path("00256/", benchmark_test_00256),
]

# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=setcomp_pop sink=v1 expected=true
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00146(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = {v.strip() for v in [param]}.pop()
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00146/", benchmark_test_00146),
]

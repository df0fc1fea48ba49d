# generated case (gen_cases4): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=closure_const sink=v1 expected=false
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00216(request):
    param = request.POST.get("BenchmarkTest", "")
    def pick(value):
        return "safe" if value else "none"

    bar = pick(param)
    return redirect(bar)


urlpatterns = [
    path("00216/", benchmark_test_00216),
]

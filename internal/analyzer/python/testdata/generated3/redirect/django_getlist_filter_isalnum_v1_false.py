# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getlist propagation=filter_isalnum sink=v1 expected=false
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00334(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = "".join(filter(str.isalnum, param))
    return redirect(bar)


urlpatterns = [
    path("00334/", benchmark_test_00334),
]

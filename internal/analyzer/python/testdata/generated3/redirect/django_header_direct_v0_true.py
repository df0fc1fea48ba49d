# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=header propagation=direct sink=v0 expected=true
from django.http import HttpResponseRedirect
from django.urls import path


def benchmark_test_00318(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00318/", benchmark_test_00318),
]

# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=header shape=django_fragment_split sink=specific expected=true
from django.http import HttpResponseRedirect
from django.urls import path


def benchmark_test_00494(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    return HttpResponseRedirect(bar.split("#")[0])  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00494/", benchmark_test_00494),
]

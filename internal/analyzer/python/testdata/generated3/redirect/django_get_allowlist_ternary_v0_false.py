# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=get propagation=allowlist_ternary sink=v0 expected=false
from django.http import HttpResponseRedirect
from django.urls import path


def benchmark_test_00328(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param if param in ("alpha", "beta") else "alpha"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00328/", benchmark_test_00328),
]

# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=header shape=enumerate_dict_taint sink=v1 expected=true
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00162(request):
    param = request.headers.get("X-Benchmark", "")
    by_pos = dict(enumerate(["safe", param]))
    bar = by_pos[1]
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00162/", benchmark_test_00162),
]

# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getdict propagation=match_const_taint sink=v1 expected=true
from django.shortcuts import redirect
from django.urls import path


def benchmark_test_00322(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00322/", benchmark_test_00322),
]

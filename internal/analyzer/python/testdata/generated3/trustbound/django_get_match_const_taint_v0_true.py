# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=get propagation=match_const_taint sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00561(request):
    param = request.GET.get("BenchmarkTest", "")
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00561/", benchmark_test_00561),
]

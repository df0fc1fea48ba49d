# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=getlist propagation=allowlist_ternary sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00567(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param if param in ("alpha", "beta") else "alpha"
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00567/", benchmark_test_00567),
]

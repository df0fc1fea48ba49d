# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=tuple_swap_taint sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00112(request):
    param = request.POST.get("BenchmarkTest", "")
    a, b = param, "safe"
    a, b = b, a
    bar = b
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00112/", benchmark_test_00112),
]

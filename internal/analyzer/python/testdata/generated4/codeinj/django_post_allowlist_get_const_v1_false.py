# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=allowlist_get_const sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path

CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


def benchmark_test_00180(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = CHOICES.get(param, "alpha")
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00180/", benchmark_test_00180),
]

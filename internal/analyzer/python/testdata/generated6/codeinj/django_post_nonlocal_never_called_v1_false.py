# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=nonlocal_never_called sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


def outer_set(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    set_it()
    return result


def outer_unset(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    return result


def benchmark_test_00261(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = outer_unset(param)
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00261/", benchmark_test_00261),
]

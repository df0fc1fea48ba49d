# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=fstring_int_spec sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00272(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = f"{int(param):d}"
    exec("value = " + bar, {})
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00272/", benchmark_test_00272),
]

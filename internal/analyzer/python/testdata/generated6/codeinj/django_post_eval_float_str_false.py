# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=eval_float_str sink=specific expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00356(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = eval(str(float(bar)) + " * 2", {"__builtins__": {}})
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00356/", benchmark_test_00356),
]

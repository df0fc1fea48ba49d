# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=post propagation=join_builder_replaced sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00138(request):
    param = request.POST.get("BenchmarkTest", "")
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00138/", benchmark_test_00138),
]

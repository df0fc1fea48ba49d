# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=getlist propagation=join_builder_replaced sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00150(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00150/", benchmark_test_00150),
]

# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=getdict propagation=list_del_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00138(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00138/", benchmark_test_00138),
]

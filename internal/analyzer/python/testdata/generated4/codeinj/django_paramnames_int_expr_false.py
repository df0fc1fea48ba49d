# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=paramnames shape=int_expr sink=specific expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00370(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    result = eval("1 + " + str(int(bar)))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00370/", benchmark_test_00370),
]

# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=django source=post shape=namedtuple_field sink=v1 expected=true
from collections import namedtuple
from django.http import JsonResponse
from django.urls import path


Pair = namedtuple("Pair", ["left", "right"])


def benchmark_test_00020(request):
    param = request.POST.get("BenchmarkTest", "")
    p = Pair("safe", param)
    bar = p.right
    exec("value = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00020/", benchmark_test_00020),
]

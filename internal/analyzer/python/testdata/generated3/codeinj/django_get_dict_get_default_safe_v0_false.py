# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=get propagation=dict_get_default_safe sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00144(request):
    param = request.GET.get("BenchmarkTest", "")
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00144/", benchmark_test_00144),
]

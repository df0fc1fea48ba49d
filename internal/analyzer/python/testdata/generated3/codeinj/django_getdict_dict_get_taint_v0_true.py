# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=getdict propagation=dict_get_taint sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00132(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    result = eval(bar)  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00132/", benchmark_test_00132),
]

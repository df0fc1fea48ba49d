# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=getdict propagation=dict_get_taint sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00581(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00581/", benchmark_test_00581),
]

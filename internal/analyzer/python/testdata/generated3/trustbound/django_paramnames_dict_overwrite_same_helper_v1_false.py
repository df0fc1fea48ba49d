# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=paramnames propagation=dict_overwrite_same (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00584(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    request.session[bar] = "10340"
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00584/", benchmark_test_00584),
]

# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=paramnames propagation=dict_get_safe (helper class) sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00141(request):
    param = ""
    for name in request.GET:
        if request.GET.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00141/", benchmark_test_00141),
]

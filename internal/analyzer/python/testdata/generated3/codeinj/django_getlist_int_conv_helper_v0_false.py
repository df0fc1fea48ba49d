# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=getlist propagation=int_conv (helper class) sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00141(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    result = eval(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00141/", benchmark_test_00141),
]

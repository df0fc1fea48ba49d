# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=meta propagation=int_conv (helper class) sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


def benchmark_test_00153(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00153/", benchmark_test_00153),
]

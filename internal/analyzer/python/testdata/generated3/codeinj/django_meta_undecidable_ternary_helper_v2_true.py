# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=meta propagation=undecidable_ternary (helper class) sink=v2 expected=true
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


def benchmark_test_00147(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00147/", benchmark_test_00147),
]

# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=querystring propagation=ternary_fold_safe (helper class) sink=v2 expected=false
import urllib.parse

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        num = 106
        bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
        return bar


def benchmark_test_00129(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00129/", benchmark_test_00129),
]

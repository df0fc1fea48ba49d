# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=post propagation=match_const_safe (helper class) sink=v2 expected=false
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


def benchmark_test_00147(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00147/", benchmark_test_00147),
]

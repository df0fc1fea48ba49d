# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=django source=post propagation=join_builder (helper class) sink=v2 expected=true
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00141(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    result = eval(compile(bar, "<benchmark>", "eval"))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00141/", benchmark_test_00141),
]

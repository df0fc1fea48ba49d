# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=post propagation=join_builder (helper class) sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00590(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00590/", benchmark_test_00590),
]

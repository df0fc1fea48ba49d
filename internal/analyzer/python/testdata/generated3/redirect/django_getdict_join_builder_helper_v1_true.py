# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getdict propagation=join_builder (helper class) sink=v1 expected=true
from django.shortcuts import redirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00297(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return redirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00297/", benchmark_test_00297),
]

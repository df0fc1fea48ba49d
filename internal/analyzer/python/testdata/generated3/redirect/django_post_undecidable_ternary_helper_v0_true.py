# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post propagation=undecidable_ternary (helper class) sink=v0 expected=true
from django.http import HttpResponseRedirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


def benchmark_test_00345(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00345/", benchmark_test_00345),
]

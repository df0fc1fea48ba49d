# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=cookie propagation=if_fold_div_taint (helper class) sink=v0 expected=true
from django.http import HttpResponseRedirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


def benchmark_test_00282(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00282/", benchmark_test_00282),
]

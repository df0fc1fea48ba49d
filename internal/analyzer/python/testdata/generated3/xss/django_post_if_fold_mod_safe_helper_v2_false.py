# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=post propagation=if_fold_mod_safe (helper class) sink=v2 expected=false
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        if (7 * 18) % 5 == 1:
            bar = "This_should_always_happen"
        else:
            bar = param
        return bar


def benchmark_test_00221(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00221/", benchmark_test_00221),
]

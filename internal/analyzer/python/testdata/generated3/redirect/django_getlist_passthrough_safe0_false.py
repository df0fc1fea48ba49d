# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=getlist propagation=passthrough (helper class) sink=safe0 expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00316(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):
        bar = "/"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00316/", benchmark_test_00316),
]

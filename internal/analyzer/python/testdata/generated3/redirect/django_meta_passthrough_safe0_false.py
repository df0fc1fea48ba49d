# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=meta propagation=passthrough (helper class) sink=safe0 expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00342(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):
        bar = "/"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00342/", benchmark_test_00342),
]

# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=pathparam propagation=passthrough (helper class) sink=safe1 expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00360(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):
        bar = "/"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00360/<str:test_id>/", benchmark_test_00360),
]

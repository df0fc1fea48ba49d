# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=header propagation=direct sink=safe0 expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def benchmark_test_00357(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):
        bar = "/"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00357/", benchmark_test_00357),
]

# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post propagation=direct sink=safe0 expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def benchmark_test_00315(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):
        bar = "/"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00315/", benchmark_test_00315),
]

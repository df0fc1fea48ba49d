# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=allowed_hosts_none sink=specific expected=false
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def benchmark_test_00410(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts=None):
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00410/", benchmark_test_00410),
]

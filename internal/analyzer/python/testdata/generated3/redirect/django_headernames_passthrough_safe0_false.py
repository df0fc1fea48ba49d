# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=headernames propagation=passthrough (helper class) sink=safe0 expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00358(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={request.get_host()}):
        bar = "/"
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("00358/", benchmark_test_00358),
]

# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=headernames propagation=if_fold_div_taint (helper class) sink=v0 expected=true
from django.http import HttpResponseRedirect
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


def benchmark_test_00321(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00321/", benchmark_test_00321),
]

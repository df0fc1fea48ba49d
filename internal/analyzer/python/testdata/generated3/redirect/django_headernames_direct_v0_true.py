# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=django source=headernames propagation=direct sink=v0 expected=true
from django.http import HttpResponseRedirect
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00279(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("00279/", benchmark_test_00279),
]

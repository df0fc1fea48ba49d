# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=headernames propagation=dict_get_default_safe sink=v0 expected=false
from django.http import HttpResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00209(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    return HttpResponse("<p>Formatted like: " + bar + "</p>")


urlpatterns = [
    path("00209/", benchmark_test_00209),
]

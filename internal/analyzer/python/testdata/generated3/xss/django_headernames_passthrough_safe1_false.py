# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=headernames propagation=passthrough (helper class) sink=safe1 expected=false
from django.http import HttpResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00241(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    return HttpResponse("Formatted like: " + bar, content_type="text/plain")


urlpatterns = [
    path("00241/", benchmark_test_00241),
]

# generated case (gen_cases3): category=xss rule=PY-XSS fw=django source=headernames propagation=direct sink=safe0 expected=false
from django.http import HttpResponse
from django.urls import path
from django.utils.html import escape

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00258(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    return HttpResponse("<p>Formatted like: " + escape(bar) + "</p>")


urlpatterns = [
    path("00258/", benchmark_test_00258),
]

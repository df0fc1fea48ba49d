# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=headernames propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


def benchmark_test_00602(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = Test().do_something(request, param)
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00602/", benchmark_test_00602),
]

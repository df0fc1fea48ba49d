# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


def benchmark_test_00542(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00542/", benchmark_test_00542),
]

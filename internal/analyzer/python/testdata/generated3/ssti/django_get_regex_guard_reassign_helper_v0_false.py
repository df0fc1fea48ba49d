# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=get propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import re

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


def benchmark_test_00289(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00289/", benchmark_test_00289),
]

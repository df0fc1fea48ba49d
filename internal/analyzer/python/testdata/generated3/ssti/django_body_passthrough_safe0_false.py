# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=body propagation=passthrough (helper class) sink=safe0 expected=false
import json

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


def benchmark_test_00297(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    tmpl = Template("<p>Hello {{ name }}</p>")
    result = tmpl.render(Context({"name": bar}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00297/", benchmark_test_00297),
]

# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=body shape=ctx_enter_value sink=v0 expected=true
import json

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


class Scope:
    def __init__(self, value):
        self.value = value
        self.label = "scope"

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


class Labelled(Scope):
    def __enter__(self):
        return self.label


def benchmark_test_00083(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    with Scope(param) as entered:
        bar = entered
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00083/", benchmark_test_00083),
]

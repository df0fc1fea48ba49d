# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=body propagation=join_builder_replaced sink=v0 expected=false
import json

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00292(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    sbuilder = [param]
    sbuilder[0] = "safe"
    bar = "".join(sbuilder)
    tmpl = Template("<p>Hello " + bar + "</p>")
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00292/", benchmark_test_00292),
]

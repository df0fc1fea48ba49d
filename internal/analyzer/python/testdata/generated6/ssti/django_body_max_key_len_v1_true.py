# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=django source=body shape=max_key_len sink=v1 expected=true
import json

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00184(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = max(["safe", param], key=len)
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00184/", benchmark_test_00184),
]

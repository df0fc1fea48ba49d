# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=django source=body propagation=b64_roundtrip sink=v0 expected=true
import base64
import json

from django.http import JsonResponse
from django.template import Context, Template
from django.urls import path


def benchmark_test_00280(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    tmpl = Template("<p>Hello " + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render(Context({}))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00280/", benchmark_test_00280),
]

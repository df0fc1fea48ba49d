# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=django source=body shape=django_engine_from_string sink=specific expected=true
import json

from django.http import JsonResponse
from django.template import engines
from django.urls import path


def benchmark_test_00438(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    tmpl = engines["django"].from_string("<p>" + bar + "</p>")  # want: PY-SSTI
    result = tmpl.render({})
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00438/", benchmark_test_00438),
]

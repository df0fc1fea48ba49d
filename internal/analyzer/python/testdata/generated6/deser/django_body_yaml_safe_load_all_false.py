# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=body shape=yaml_safe_load_all sink=specific expected=false
import json
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00452(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    docs = list(yaml.safe_load_all(bar))
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00452/", benchmark_test_00452),
]

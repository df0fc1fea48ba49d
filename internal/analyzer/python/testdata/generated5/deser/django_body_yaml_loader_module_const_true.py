# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=body shape=yaml_loader_module_const expected=true
import json
import yaml

from django.http import JsonResponse
from django.urls import path

YAML_LOADER = yaml.UnsafeLoader


def benchmark_test_00382(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    obj = yaml.load(bar, Loader=YAML_LOADER)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00382/", benchmark_test_00382),
]

# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=body propagation=direct sink=safe0 expected=false
import json
import yaml

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00506(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00506/", benchmark_test_00506),
]

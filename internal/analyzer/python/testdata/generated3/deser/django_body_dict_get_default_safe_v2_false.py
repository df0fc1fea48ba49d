# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=body propagation=dict_get_default_safe sink=v2 expected=false
import json
import jsonpickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00543(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    m = {}
    m["keyB-55"] = param
    bar = m.get("keyA-55", "fallback")
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00543/", benchmark_test_00543),
]

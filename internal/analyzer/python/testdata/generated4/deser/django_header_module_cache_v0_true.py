# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=module_cache sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path

CACHE = {}


def benchmark_test_00261(request):
    param = request.headers.get("X-Benchmark", "")
    CACHE["last"] = param
    bar = CACHE["last"]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00261/", benchmark_test_00261),
]

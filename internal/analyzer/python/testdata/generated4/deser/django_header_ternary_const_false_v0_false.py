# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=ternary_const_false sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00193(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param if False else "safe"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00193/", benchmark_test_00193),
]

# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=body shape=callable_loose sink=v0 expected=true
import base64
import json
import pickle
import re

from django.http import JsonResponse
from django.urls import path


class Normalizer:
    def __init__(self, mode):
        self.mode = mode

    def __call__(self, value):
        if self.mode == "strict":
            return re.sub(r"[^A-Za-z0-9]", "", value)
        return value.strip()


def benchmark_test_00265(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Normalizer("loose")(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00265/", benchmark_test_00265),
]

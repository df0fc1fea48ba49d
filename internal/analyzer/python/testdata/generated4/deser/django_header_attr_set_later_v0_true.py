# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=attr_set_later sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path


class Box:
    def __init__(self):
        self.content = "default"

    def read(self):
        return self.content


def benchmark_test_00009(request):
    param = request.headers.get("X-Benchmark", "")
    box = Box()
    box.content = param
    bar = box.read()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00009/", benchmark_test_00009),
]

# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=pathparam propagation=dict_get_safe (helper class) sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00540(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00540/<str:test_id>/", benchmark_test_00540),
]

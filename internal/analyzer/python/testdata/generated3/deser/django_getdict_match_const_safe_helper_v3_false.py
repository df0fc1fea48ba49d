# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=getdict propagation=match_const_safe (helper class) sink=v3 expected=false
import base64
import io
import pickle

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        target = "B"
        match target:
            case "A":
                bar = param
            case "B":
                bar = "bob"
            case _:
                bar = param
        return bar


def benchmark_test_00546(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00546/", benchmark_test_00546),
]

# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=getdict propagation=join_builder (helper class) sink=v3 expected=true
import base64
import io
import pickle

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00522(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00522/", benchmark_test_00522),
]

# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=insert_front sink=v2 expected=true
import jsonpickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00101(request):
    param = request.headers.get("X-Benchmark", "")
    items = ["a", "b"]
    items.insert(0, param)
    bar = items[0]
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00101/", benchmark_test_00101),
]

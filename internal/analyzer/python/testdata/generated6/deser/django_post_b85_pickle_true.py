# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=post shape=b85_pickle sink=specific expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00455(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    obj = pickle.loads(base64.b85decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00455/", benchmark_test_00455),
]

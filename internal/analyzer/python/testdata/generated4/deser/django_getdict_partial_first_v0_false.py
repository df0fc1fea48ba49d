# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=getdict shape=partial_first sink=v0 expected=false
import base64
import functools
import pickle

from django.http import JsonResponse
from django.urls import path


def first_of(a, b):
    return a


def benchmark_test_00227(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = functools.partial(first_of, "safe")(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00227/", benchmark_test_00227),
]

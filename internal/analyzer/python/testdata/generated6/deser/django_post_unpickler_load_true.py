# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=post shape=unpickler_load sink=specific expected=true
import base64
import io
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00446(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    obj = pickle.Unpickler(io.BytesIO(base64.b64decode(bar))).load()  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00446/", benchmark_test_00446),
]

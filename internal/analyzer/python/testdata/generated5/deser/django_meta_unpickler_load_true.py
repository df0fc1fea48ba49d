# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=meta shape=unpickler_load expected=true
import base64
import io
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00373(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    obj = pickle.Unpickler(io.BytesIO(base64.b64decode(bar))).load()  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00373/", benchmark_test_00373),
]

# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=meta shape=pickle_reassigned_const expected=false
import base64
import pickle

from django.http import JsonResponse
from django.urls import path

DEFAULTS_BLOB = pickle.dumps({"theme": "light"})


def benchmark_test_00409(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    data = base64.b64decode(bar)
    data = DEFAULTS_BLOB
    obj = pickle.loads(data)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00409/", benchmark_test_00409),
]

# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=meta shape=pickle_server_blob sink=specific expected=false
import pickle

from django.http import JsonResponse
from django.urls import path

DEFAULTS_BLOB = pickle.dumps({"theme": "light", "page_size": 20})


def benchmark_test_00522(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    obj = pickle.loads(DEFAULTS_BLOB)
    result = len(obj) + len(bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00522/", benchmark_test_00522),
]

# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=querystring propagation=list_del_safe sink=v3 expected=false
import base64
import io
import pickle
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00537(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    values_list = ["safe", param, "moresafe"]
    del values_list[1]
    bar = values_list[1]
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00537/", benchmark_test_00537),
]

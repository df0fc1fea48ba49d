# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=querystring propagation=dict_get_taint sink=v3 expected=true
import base64
import io
import pickle
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00513(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00513/", benchmark_test_00513),
]

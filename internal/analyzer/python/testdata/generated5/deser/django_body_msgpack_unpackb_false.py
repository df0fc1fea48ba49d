# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=body shape=msgpack_unpackb expected=false
import base64
import json
import msgpack

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00400(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    obj = msgpack.unpackb(base64.b64decode(bar), raw=False)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00400/", benchmark_test_00400),
]

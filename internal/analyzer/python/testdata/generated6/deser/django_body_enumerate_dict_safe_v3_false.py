# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=body shape=enumerate_dict_safe sink=v3 expected=false
import base64
import io
import json
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00164(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    by_pos = dict(enumerate(["safe", param]))
    bar = by_pos[0]
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00164/", benchmark_test_00164),
]

# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=headernames shape=pickle_dead_branch expected=false
import base64
import json
import pickle

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00408(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    if False:
        obj = pickle.loads(base64.b64decode(bar))
    else:
        obj = json.loads(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00408/", benchmark_test_00408),
]

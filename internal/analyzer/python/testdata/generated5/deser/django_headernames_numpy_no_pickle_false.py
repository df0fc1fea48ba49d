# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=headernames shape=numpy_no_pickle expected=false
import base64
import io
import numpy as np

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00390(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    arr = np.load(io.BytesIO(base64.b64decode(bar)), allow_pickle=False)
    result = str(arr.shape)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00390/", benchmark_test_00390),
]

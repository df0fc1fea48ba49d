# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=headernames shape=pickle_zlib_b64 expected=true
import base64
import pickle
import zlib

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00372(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    obj = pickle.loads(zlib.decompress(base64.urlsafe_b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00372/", benchmark_test_00372),
]

# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=headernames propagation=if_fold_div_safe sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00531(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00531/", benchmark_test_00531),
]

# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=django source=querystring propagation=if_fold_div_safe sink=v0 expected=false
import base64
import pickle
import urllib.parse

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00477(request):
    qs = urllib.parse.parse_qs(request.META.get("QUERY_STRING", ""))
    param = qs.get("BenchmarkTest", [""])[0]
    num = 86
    if (500 / 42) + num > 200:
        bar = param
    else:
        bar = "This should never happen"
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00477/", benchmark_test_00477),
]

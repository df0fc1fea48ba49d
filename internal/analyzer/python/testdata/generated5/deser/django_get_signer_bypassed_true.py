# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=django source=get shape=signer_bypassed expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00395(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    raw = bar.rsplit(".", 1)[0]
    obj = pickle.loads(base64.b64decode(raw))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00395/", benchmark_test_00395),
]

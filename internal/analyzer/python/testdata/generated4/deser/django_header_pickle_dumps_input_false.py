# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=pickle_dumps_input sink=specific expected=false
import pickle

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00524(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    blob = pickle.dumps({"term": bar})
    result = len(blob)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00524/", benchmark_test_00524),
]

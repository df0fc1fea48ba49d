# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=django source=getdict shape=sha256_update sink=config expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00561(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    h = hashlib.sha256()
    h.update(bar.encode("utf-8"))
    result = h.hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00561/", benchmark_test_00561),
]

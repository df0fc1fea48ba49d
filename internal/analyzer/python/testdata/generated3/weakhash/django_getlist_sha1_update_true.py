# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=getlist variant=sha1_update expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00651(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    md = hashlib.sha1()  # want: PY-WEAK-HASH
    md.update(bar.encode("utf-8"))
    result = md.hexdigest()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00651/", benchmark_test_00651),
]

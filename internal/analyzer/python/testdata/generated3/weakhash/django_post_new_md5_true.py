# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=django source=post variant=new_md5 expected=true
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00652(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    result = hashlib.new("md5", bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00652/", benchmark_test_00652),
]

# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=meta shape=md5_available_check expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00110(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    result = "md5" in hashlib.algorithms_available and len(bar) > 0
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00110/", benchmark_test_00110),
]

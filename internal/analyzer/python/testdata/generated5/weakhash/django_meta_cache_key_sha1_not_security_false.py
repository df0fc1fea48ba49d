# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=meta shape=cache_key_sha1_not_security expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00092(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    cache_key = "search:" + hashlib.sha1(bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    result = cache_key
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00092/", benchmark_test_00092),
]

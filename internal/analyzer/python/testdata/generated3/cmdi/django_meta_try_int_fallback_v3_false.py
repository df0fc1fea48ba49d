# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=meta propagation=try_int_fallback sink=v3 expected=false
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00111(request):
    param = request.META.get("HTTP_REFERER", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    result = os.popen("nslookup " + bar).read()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00111/", benchmark_test_00111),
]

# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=getdict shape=int_try_raw_fallback sink=v3 expected=true
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00171(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = param
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00171/", benchmark_test_00171),
]

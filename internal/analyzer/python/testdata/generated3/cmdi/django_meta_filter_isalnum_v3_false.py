# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=meta propagation=filter_isalnum sink=v3 expected=false
import os

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00115(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = "".join(filter(str.isalnum, param))
    result = os.popen("nslookup " + bar).read()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00115/", benchmark_test_00115),
]

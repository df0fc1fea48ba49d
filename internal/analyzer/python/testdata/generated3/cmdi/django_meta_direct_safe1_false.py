# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=meta propagation=direct sink=safe1 expected=false
import os
import shlex

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00099(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00099/", benchmark_test_00099),
]

# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=django source=meta shape=quote_reassigned sink=specific expected=true
import os
import shlex

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00354(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    bar = shlex.quote(bar)
    bar = param.strip()
    result = os.system("ls -l " + bar)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00354/", benchmark_test_00354),
]

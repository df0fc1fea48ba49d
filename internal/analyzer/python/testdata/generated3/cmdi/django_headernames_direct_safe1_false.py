# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=headernames propagation=direct sink=safe1 expected=false
import os
import shlex

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00117(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00117/", benchmark_test_00117),
]

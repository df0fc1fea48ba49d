# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=django source=headernames propagation=ternary_fold_taint sink=v3 expected=true
import os

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00085(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    num = 106
    bar = param if (7 * 18) + num > 200 else "This_should_never_happen"
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00085/", benchmark_test_00085),
]

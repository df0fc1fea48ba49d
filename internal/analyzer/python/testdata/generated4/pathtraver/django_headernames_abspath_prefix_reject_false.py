# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=headernames shape=abspath_prefix_reject sink=specific expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00382(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    full = os.path.abspath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        return HttpResponseBadRequest("invalid")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00382/", benchmark_test_00382),
]

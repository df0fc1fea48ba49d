# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=headernames shape=etag_md5_not_security expected=false
import hashlib

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


def benchmark_test_00091(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    body = ("<p>" + bar + "</p>").encode("utf-8")
    etag = hashlib.md5(body, usedforsecurity=False).hexdigest()
    result = etag
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00091/", benchmark_test_00091),
]

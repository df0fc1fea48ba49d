# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=headernames propagation=allowlist_ternary sink=v2 expected=false
import pathlib

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00182(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param if param in ("alpha", "beta") else "alpha"
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00182/", benchmark_test_00182),
]

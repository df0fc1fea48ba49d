# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=headernames propagation=b64_roundtrip sink=v2 expected=true
import base64
import pathlib

from django.http import JsonResponse
from django.urls import path

STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00190(request):
    param = ""
    for name in request.headers:
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00190/", benchmark_test_00190),
]

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=headernames propagation=direct sink=safe1 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from werkzeug.utils import secure_filename

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
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00190/", benchmark_test_00190),
]

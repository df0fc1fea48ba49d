# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=normpath_prefix_reject sink=specific expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00380(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    full = os.path.normpath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        return HttpResponseBadRequest("invalid")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00380/", benchmark_test_00380),
]

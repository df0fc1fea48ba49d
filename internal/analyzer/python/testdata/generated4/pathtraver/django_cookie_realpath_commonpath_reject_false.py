# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=cookie shape=realpath_commonpath_reject sink=specific expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

BASE_ROOT = "/srv/app/testfiles"


def benchmark_test_00405(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    full = os.path.realpath(os.path.join(BASE_ROOT, bar))
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        return HttpResponseBadRequest("invalid")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00405/", benchmark_test_00405),
]

# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=post shape=safe_join_checked sink=specific expected=false
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from werkzeug.utils import safe_join

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00396(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = param
    full = safe_join(BASE_DIR, bar)
    if full is None:
        return HttpResponseBadRequest("invalid")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00396/", benchmark_test_00396),
]

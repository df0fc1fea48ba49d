# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body shape=slice_empty sink=v1 expected=false
import json

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00292(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param[:0] + "safe"
    with open(BASE_DIR + bar, "rb") as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00292/", benchmark_test_00292),
]

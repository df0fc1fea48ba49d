# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body shape=basename_discarded sink=specific expected=true
import json
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00390(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    os.path.basename(bar)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00390/", benchmark_test_00390),
]

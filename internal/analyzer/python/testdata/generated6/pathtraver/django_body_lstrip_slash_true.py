# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body shape=lstrip_slash sink=specific expected=true
import json
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00371(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    name = bar.lstrip("/")
    with open(os.path.join(BASE_DIR, name)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00371/", benchmark_test_00371),
]

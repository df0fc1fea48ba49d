# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body shape=safe_substitute_unmatched sink=v4 expected=false
import json
import os
import string

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


def benchmark_test_00191(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = string.Template("$term").safe_substitute({"other": param})
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00191/", benchmark_test_00191),
]

# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=namedtuple_replace sink=v4 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from typing import NamedTuple

BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


class Row(NamedTuple):
    key: str
    val: str


def benchmark_test_00029(request):
    param = request.headers.get("X-Benchmark", "")
    row = Row("k", param)._replace(val="safe")
    bar = row.val
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00029/", benchmark_test_00029),
]

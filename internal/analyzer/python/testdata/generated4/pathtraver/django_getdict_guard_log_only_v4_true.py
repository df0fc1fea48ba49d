# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=getdict shape=guard_log_only sink=v4 expected=true
import logging
import os
import re

from django.http import JsonResponse
from django.urls import path

logger = logging.getLogger(__name__)
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


def benchmark_test_00155(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    if not re.fullmatch(r"[A-Za-z0-9_]+", param):
        logger.warning("unexpected characters in input")
    bar = param
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00155/", benchmark_test_00155),
]

# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=post shape=post_init_clean sink=v4 expected=false
import os
import re

from dataclasses import dataclass
from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


@dataclass
class Search:
    term: str

    def __post_init__(self):
        self.term = re.sub(r"[^A-Za-z0-9]", "", self.term)


@dataclass
class LooseSearch:
    term: str

    def __post_init__(self):
        self.term = self.term.strip()


def benchmark_test_00281(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Search(param).term
    full = os.path.join(BASE_ROOT, bar)
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00281/", benchmark_test_00281),
]

# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=header shape=post_init_strip sink=v4 expected=true
import re
import subprocess

from dataclasses import dataclass
from django.http import JsonResponse
from django.urls import path


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


def benchmark_test_00283(request):
    param = request.headers.get("X-Benchmark", "")
    bar = LooseSearch(term=param).term
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00283/", benchmark_test_00283),
]

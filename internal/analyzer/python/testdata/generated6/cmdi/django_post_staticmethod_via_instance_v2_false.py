# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=post shape=staticmethod_via_instance sink=v2 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path

COLUMNS = {"n": "name", "e": "email"}


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


def benchmark_test_00065(request):
    param = request.POST.get("BenchmarkTest", "")
    bar = Term("x").column(param)
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00065/", benchmark_test_00065),
]

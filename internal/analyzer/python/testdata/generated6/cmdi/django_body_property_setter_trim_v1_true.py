# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=django source=body shape=property_setter_trim sink=v1 expected=true
import json
import re
import subprocess

from django.http import JsonResponse
from django.urls import path


class Filtered:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = re.sub(r"[^A-Za-z0-9]", "", new)


class Trimmed:
    def __init__(self):
        self._value = ""

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, new):
        self._value = new.strip()


def benchmark_test_00049(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    f = Trimmed()
    f.value = param
    bar = f.value
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00049/", benchmark_test_00049),
]

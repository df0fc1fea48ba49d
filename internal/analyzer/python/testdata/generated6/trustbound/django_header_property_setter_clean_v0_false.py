# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=header shape=property_setter_clean sink=v0 expected=false
import re

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


def benchmark_test_00047(request):
    param = request.headers.get("X-Benchmark", "")
    f = Filtered()
    f.value = param
    bar = f.value
    request.session["userid"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00047/", benchmark_test_00047),
]

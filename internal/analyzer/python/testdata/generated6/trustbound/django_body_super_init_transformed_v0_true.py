# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=body shape=super_init_transformed sink=v0 expected=true
import json

from django.http import JsonResponse
from django.urls import path


class Field:
    def __init__(self, value):
        self.value = value


class StrippedField(Field):
    def __init__(self, value):
        super().__init__(value.strip())


class DefaultField(Field):
    def __init__(self, value):
        super().__init__("default")
        self.original = value


def benchmark_test_00009(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = StrippedField(param).value
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00009/", benchmark_test_00009),
]

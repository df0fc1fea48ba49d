# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=django source=body shape=classmethod_factory_const sink=v2 expected=false
import json
import jsonpickle

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


def benchmark_test_00063(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = Term.default(param).text
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00063/", benchmark_test_00063),
]

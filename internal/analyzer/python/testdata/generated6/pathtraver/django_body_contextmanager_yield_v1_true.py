# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body shape=contextmanager_yield sink=v1 expected=true
import contextlib
import json

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


@contextlib.contextmanager
def trimmed(value):
    yield value.strip()


@contextlib.contextmanager
def placeholder(value):
    yield "placeholder"


def benchmark_test_00090(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    with trimmed(param) as v:
        bar = v
    with open(BASE_DIR + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00090/", benchmark_test_00090),
]

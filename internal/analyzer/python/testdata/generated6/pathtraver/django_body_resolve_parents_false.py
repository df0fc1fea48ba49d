# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body shape=resolve_parents sink=specific expected=false
import json
import pathlib

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00362(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    p = (pathlib.Path(BASE_DIR) / bar).resolve()
    if pathlib.Path(BASE_DIR) not in p.parents:
        return HttpResponseBadRequest("invalid")
    result = p.read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00362/", benchmark_test_00362),
]

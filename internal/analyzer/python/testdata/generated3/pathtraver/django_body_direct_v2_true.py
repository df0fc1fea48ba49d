# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body propagation=direct sink=v2 expected=true
import json
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00166(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00166/", benchmark_test_00166),
]

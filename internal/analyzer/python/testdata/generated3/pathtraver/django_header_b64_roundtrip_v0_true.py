# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header propagation=b64_roundtrip sink=v0 expected=true
import base64
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00175(request):
    param = request.headers.get("X-Benchmark", "")
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00175/", benchmark_test_00175),
]

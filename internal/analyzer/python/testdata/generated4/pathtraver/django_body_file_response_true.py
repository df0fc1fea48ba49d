# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=body shape=file_response sink=specific expected=true
import json
import os

from django.http import FileResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00397(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    return FileResponse(open(os.path.join(BASE_DIR, bar), "rb"))  # want: PY-PATH-TRAVERSAL


urlpatterns = [
    path("00397/", benchmark_test_00397),
]

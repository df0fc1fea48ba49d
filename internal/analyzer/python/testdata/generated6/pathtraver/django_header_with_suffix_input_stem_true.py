# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=with_suffix_input_stem sink=specific expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00359(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    result = pathlib.Path(BASE_DIR, bar).with_suffix(".txt").read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00359/", benchmark_test_00359),
]

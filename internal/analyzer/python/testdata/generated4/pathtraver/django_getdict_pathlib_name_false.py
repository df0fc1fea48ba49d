# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=getdict shape=pathlib_name sink=specific expected=false
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00392(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = param
    target = pathlib.Path(BASE_DIR) / pathlib.Path(bar).name
    result = len(target.read_text())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00392/", benchmark_test_00392),
]

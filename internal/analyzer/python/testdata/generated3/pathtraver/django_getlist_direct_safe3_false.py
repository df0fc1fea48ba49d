# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=getlist propagation=direct sink=safe3 expected=false
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


def benchmark_test_00209(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    p = pathlib.Path(BASE_DIR, bar).resolve()
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00209/", benchmark_test_00209),
]

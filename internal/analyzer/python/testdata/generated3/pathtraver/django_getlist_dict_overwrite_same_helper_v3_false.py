# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=getlist propagation=dict_overwrite_same (helper class) sink=v3 expected=false
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


def benchmark_test_00181(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00181/", benchmark_test_00181),
]

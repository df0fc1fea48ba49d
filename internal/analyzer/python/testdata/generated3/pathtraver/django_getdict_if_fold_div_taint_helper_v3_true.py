# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=getdict propagation=if_fold_div_taint (helper class) sink=v3 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        num = 196
        if (500 / 42) + num > 200:
            bar = param
        else:
            bar = "This should never happen"
        return bar


def benchmark_test_00169(request):
    param = request.GET.dict().get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00169/", benchmark_test_00169),
]

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=cookie propagation=split_first (helper class) sink=v3 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        bar = param.split(" ")[0]
        return bar


def benchmark_test_00185(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00185/", benchmark_test_00185),
]

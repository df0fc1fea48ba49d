# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=cookie propagation=undecidable_ternary (helper class) sink=v3 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


def benchmark_test_00193(request):
    param = request.COOKIES.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00193/", benchmark_test_00193),
]

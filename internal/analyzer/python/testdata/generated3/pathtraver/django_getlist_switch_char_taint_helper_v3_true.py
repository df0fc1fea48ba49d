# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=getlist propagation=switch_char_taint (helper class) sink=v3 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        guess = "ABC"
        switch_target = guess[2]
        if switch_target == "A":
            bar = "a_Value"
        elif switch_target == "B":
            bar = "bob"
        elif switch_target == "C" or switch_target == "D":
            bar = param
        else:
            bar = "bobs_your_uncle"
        return bar


def benchmark_test_00173(request):
    values = request.GET.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    p = pathlib.Path(BASE_DIR, bar)
    if not p.is_relative_to(BASE_DIR):
        raise ValueError("outside the base directory")
    result = p.read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00173/", benchmark_test_00173),
]

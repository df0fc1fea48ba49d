# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header propagation=join_builder (helper class) sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


def benchmark_test_00187(request):
    param = request.headers.get("X-Benchmark", "")
    bar = Test().do_something(request, param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00187/", benchmark_test_00187),
]

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=get propagation=list_del_taint (helper class) sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


def benchmark_test_00175(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00175/", benchmark_test_00175),
]

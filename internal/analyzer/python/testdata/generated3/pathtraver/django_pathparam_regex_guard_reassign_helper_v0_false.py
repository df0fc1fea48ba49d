# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=pathparam propagation=regex_guard_reassign (helper class) sink=v0 expected=false
import os
import re

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/testfiles/"


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


def benchmark_test_00199(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00199/<str:test_id>/", benchmark_test_00199),
]

# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=pathparam propagation=regex_guard_reassign (helper class) sink=v2 expected=false
import pathlib
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


def benchmark_test_00184(request, test_id):
    param = test_id
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00184/<str:test_id>/", benchmark_test_00184),
]

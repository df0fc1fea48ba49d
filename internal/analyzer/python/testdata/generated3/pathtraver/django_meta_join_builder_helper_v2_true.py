# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=meta propagation=join_builder (helper class) sink=v2 expected=true
import pathlib

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


def benchmark_test_00172(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00172/", benchmark_test_00172),
]

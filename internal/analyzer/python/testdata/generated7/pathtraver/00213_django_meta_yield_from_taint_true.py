# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=meta shape=yield_from_taint (helper class) sink=v1 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


def gen_values(value):
    yield "safe"
    yield from [value]


class Test:
    def do_something(self, request, param):
        bar = list(gen_values(param))[1]
        return bar


def case_00213(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00213/", case_00213),
]

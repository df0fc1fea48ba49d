# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=get shape=slots_tag (helper class) sink=v1 expected=false
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


class Box:
    __slots__ = ("value", "tag")

    def __init__(self, value):
        self.value = value
        self.tag = "box"

    def retag(self, tag):
        self.tag = tag
        return self


class Test:
    def do_something(self, request, param):
        bar = Box(param).tag
        return bar


def case_00021(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00021/", case_00021),
]

# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=meta shape=prefix_slice_const (helper class) sink=v1 expected=false
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


class Test:
    def do_something(self, request, param):
        bar = ("constant-prefix-" + param)[:15]
        return bar


def case_00093(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00093/", case_00093),
]

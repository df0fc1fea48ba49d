# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=cookie shape=dict_merge_input_wins (helper class) sink=v1 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


class Test:
    def do_something(self, request, param):
        opts = {"q": "safe"} | {"q": param}
        bar = opts["q"]
        return bar


def case_00069(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00069/", case_00069),
]

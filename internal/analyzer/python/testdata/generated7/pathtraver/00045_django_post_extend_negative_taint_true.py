# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=post shape=extend_negative_taint (helper class) sink=v1 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


class Test:
    def do_something(self, request, param):
        vals = ["a"]
        vals.extend([param, "b"])
        bar = vals[-2]
        return bar


def case_00045(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00045/", case_00045),
]

# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=header shape=const_chain_taint (helper class) sink=v1 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


class Test:
    def do_something(self, request, param):
        a = 3
        b = a * 4
        c = b - 9
        if c % 2 == 0:
            bar = "safe"
        else:
            bar = param
        return bar


def case_00117(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00117/", case_00117),
]

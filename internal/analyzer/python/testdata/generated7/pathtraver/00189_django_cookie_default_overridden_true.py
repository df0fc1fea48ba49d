# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=cookie shape=default_overridden (helper class) sink=v1 expected=true
import pathlib

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


def render_label(value, template="{}"):
    return template.format(value)


def display_name(value, name="guest"):
    return name


class Test:
    def do_something(self, request, param):
        bar = display_name("x", name=param)
        return bar


def case_00189(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00189/", case_00189),
]

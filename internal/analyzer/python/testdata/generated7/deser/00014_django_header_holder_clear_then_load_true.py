# generated case (gen_cases7): category=deser rule=PY-DESERIALIZATION fw=django source=header shape=holder_clear_then_load (helper class) sink=v1 expected=true
import yaml

from django.http import JsonResponse
from django.urls import path


class Holder:
    def __init__(self):
        self.primary = "none"
        self.secondary = "none"

    def load(self, value):
        self.primary = value
        self.secondary = "fixed"

    def clear(self):
        self.primary = "cleared"

    def current(self):
        return self.primary


class Test:
    def do_something(self, request, param):
        h = Holder()
        h.clear()
        h.load(param)
        bar = h.current()
        return bar


def case_00014(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00014/", case_00014),
]

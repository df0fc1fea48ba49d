# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=get shape=holder_load_primary (helper class) sink=v1 expected=true
from django.http import HttpResponseRedirect
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
        h.load(param)
        bar = h.current()
        return bar


def case_00008(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("case-00008/", case_00008),
]

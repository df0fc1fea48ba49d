# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=cookie shape=tuple_swap (helper class) sink=v1 expected=true
from django.http import HttpResponseRedirect
from django.urls import path


def split_pair(value):
    return "static", value


class Test:
    def do_something(self, request, param):
        a, b = split_pair(param)
        a, b = b, a
        bar = a
        return bar


def case_00176(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("case-00176/", case_00176),
]

# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=match_capture (helper class) sink=v1 expected=true
from django.http import HttpResponseRedirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        match param.split(":", 1):
            case ["id", rest]:
                bar = rest
            case _:
                bar = "none"
        return bar


def case_00152(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("case-00152/", case_00152),
]

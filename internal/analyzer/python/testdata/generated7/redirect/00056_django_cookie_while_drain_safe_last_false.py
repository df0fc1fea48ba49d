# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=cookie shape=while_drain_safe_last (helper class) sink=v1 expected=false
from django.http import HttpResponseRedirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        queue = [param, "safe"]
        bar = ""
        while queue:
            bar = queue.pop(0)
        return bar


def case_00056(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("case-00056/", case_00056),
]

# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=insert_negative_safe (helper class) sink=v1 expected=false
from django.http import HttpResponseRedirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        items = ["a", "b"]
        items.insert(-1, param)
        bar = items[-1]
        return bar


def case_00032(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("case-00032/", case_00032),
]

# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=meta shape=list_copy_mutate (helper class) sink=v1 expected=false
from django.http import HttpResponseRedirect
from django.urls import path


class Test:
    def do_something(self, request, param):
        src = ["safe"]
        dst = list(src)
        dst[0] = param
        bar = src[0]
        return bar


def case_00080(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("case-00080/", case_00080),
]

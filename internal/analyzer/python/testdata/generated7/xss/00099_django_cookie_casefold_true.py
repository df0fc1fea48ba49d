# generated case (gen_cases7): category=xss rule=PY-XSS fw=django source=cookie shape=casefold (helper class) sink=v1 expected=true
from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = param.casefold()
        return bar


def case_00099(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Results for " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("case-00099/", case_00099),
]

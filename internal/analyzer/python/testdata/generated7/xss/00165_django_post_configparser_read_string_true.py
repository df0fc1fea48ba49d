# generated case (gen_cases7): category=xss rule=PY-XSS fw=django source=post shape=configparser_read_string (helper class) sink=v1 expected=true
import configparser

from django.http import HttpResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        cp = configparser.ConfigParser(interpolation=None)
        cp.read_string("[s]\nterm = " + param.splitlines()[0] + "\n")
        bar = cp.get("s", "term")
        return bar


def case_00165(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    return HttpResponse("<p>Results for " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("case-00165/", case_00165),
]

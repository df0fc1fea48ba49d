# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=post shape=pages_get sink=specific expected=false
from django.http import HttpResponseRedirect
from django.urls import path

PAGES = {"home": "/", "cart": "/cart/", "help": "/help/"}


def case_00263(request):
    param = request.POST.get("q", "")
    bar = param
    return HttpResponseRedirect(PAGES.get(bar, "/"))


urlpatterns = [
    path("case-00263/", case_00263),
]

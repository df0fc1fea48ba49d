# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=cookie shape=django_or_default sink=specific expected=true
from django.http import HttpResponseRedirect
from django.urls import path


def case_00264(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    return HttpResponseRedirect(bar or "/")  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("case-00264/", case_00264),
]

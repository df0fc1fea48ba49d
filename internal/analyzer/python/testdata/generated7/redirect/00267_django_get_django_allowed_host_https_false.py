# generated case (gen_cases7): category=redirect rule=PY-OPEN-REDIRECT fw=django source=get shape=django_allowed_host_https sink=specific expected=false
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def case_00267(request):
    param = request.GET.get("q", "")
    bar = param
    if not url_has_allowed_host_and_scheme(bar, allowed_hosts={"www.example.com"}, require_https=True):
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)


urlpatterns = [
    path("case-00267/", case_00267),
]

# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=django_url_has_allowed_host expected=false
from django.http import HttpResponseRedirect
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme


def case_django_url_has_allowed_host(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        nxt = "/"
    return HttpResponseRedirect(nxt)


urlpatterns = [path("redirect_django_url_has_allowed_host/", case_django_url_has_allowed_host)]

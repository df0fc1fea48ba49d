# Open redirect FALSE: Django url_has_allowed_host_and_scheme guard before redirect
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    nxt = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=True):
        nxt = "/"
    return HttpResponseRedirect(nxt)

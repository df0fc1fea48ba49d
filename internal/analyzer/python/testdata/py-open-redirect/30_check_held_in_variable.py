# Open redirect, safe: the host check's outcome is kept in a variable and
# the redirect uses the URL only when it passed (Django's LoginView shape).
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def login_done(request):
    redirect_to = request.POST.get("next", request.GET.get("next", ""))
    url_is_safe = url_has_allowed_host_and_scheme(url=redirect_to, allowed_hosts={request.get_host()})
    return HttpResponseRedirect(redirect_to if url_is_safe else "/")


def logout_done(request):
    target = request.GET.get("next", "")
    safe = url_has_allowed_host_and_scheme(target, allowed_hosts=None)
    if not safe:
        target = "/"
    return HttpResponseRedirect(target)

# Open redirect: the check's outcome is kept in a variable, but the URL is
# replaced by another input before the redirect; the outcome says nothing
# about the new one.
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def after_login(request):
    url = request.GET.get("next", "")
    ok = url_has_allowed_host_and_scheme(url=url, allowed_hosts={"shop.example"})
    url = request.GET.get("return_to", "")
    if ok:
        return HttpResponseRedirect(url)  # want: PY-OPEN-REDIRECT
    return HttpResponseRedirect("/")

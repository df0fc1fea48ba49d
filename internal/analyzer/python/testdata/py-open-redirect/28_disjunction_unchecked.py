# Vulnerable: "not (checked or trusted)" is false when the flag alone is set,
# and then the target was never checked
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def go(request):
    target = request.GET.get("next", "/")
    trusted = request.GET.get("trusted") == "1"
    if not (url_has_allowed_host_and_scheme(target, allowed_hosts={"shop.example.com"}) or trusted):
        target = "/"
    return HttpResponseRedirect(target)  # want: PY-OPEN-REDIRECT

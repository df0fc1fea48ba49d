# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djwraps propagation=validator_weak sink=v0 expected=true
import functools
import logging

from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def is_short(value):
    return len(value) < 64


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_redirect(request):
    param = request.GET.get("p", "")
    if not is_short(param):
        return HttpResponseBadRequest("invalid")
    bar = param
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", handle_redirect, name="redirect"),
]

# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djwraps propagation=validator_block sink=v0 expected=false
import functools
import logging
import re

from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = param
    if is_valid(bar):
        return HttpResponseRedirect(bar)
    return JsonResponse({"result": None})


urlpatterns = [
    path("redirect/", handle_redirect, name="redirect"),
]

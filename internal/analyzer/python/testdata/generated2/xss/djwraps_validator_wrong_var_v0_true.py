# generated case (gen_cases2): rule=PY-XSS context=djwraps propagation=validator_wrong_var sink=v0 expected=true
import functools
import logging
import re

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
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
def handle_xss(request):
    param = request.GET.get("p", "")
    other = "alpha"
    if not is_valid(other):
        return HttpResponseBadRequest("invalid")
    bar = param
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", handle_xss, name="xss"),
]

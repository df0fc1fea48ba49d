# generated case (gen_cases2): rule=PY-XSS context=djwraps propagation=resub_negclass_compiled sink=v0 expected=false
import functools
import logging
import re

from django.http import HttpResponse, JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_xss(request):
    param = request.GET.get("p", "")
    bar = NOT_ALNUM.sub("", param)
    return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", handle_xss, name="xss"),
]

# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djwraps propagation=validator_wrong_var sink=v1 expected=true
import functools
import logging
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files"
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
def handle_path(request):
    param = request.GET.get("p", "")
    other = "alpha"
    if not is_valid(other):
        return HttpResponseBadRequest("invalid")
    bar = param
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": result})


urlpatterns = [
    path("path/", handle_path, name="path"),
]

# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djwraps propagation=resub_negclass sink=v1 expected=false
import functools
import logging
import re

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_path(request):
    param = request.GET.get("p", "")
    bar = re.sub(r"[^a-z0-9]", "", param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})


urlpatterns = [
    path("path/", handle_path, name="path"),
]

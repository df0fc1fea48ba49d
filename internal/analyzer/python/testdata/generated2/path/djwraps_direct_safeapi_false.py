# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djwraps propagation=direct sink=safe-api expected=false
import functools
import logging
import os

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
    bar = param
    with open(os.path.join(BASE_DIR, "index.txt")) as fh:
        result = bar in fh.read()
    return JsonResponse({"result": result})


urlpatterns = [
    path("path/", handle_path, name="path"),
]

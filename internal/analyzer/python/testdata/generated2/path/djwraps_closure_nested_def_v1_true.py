# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djwraps propagation=closure_nested_def sink=v1 expected=true
import functools
import logging

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
    def current():
        return param
    bar = current()
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": result})


urlpatterns = [
    path("path/", handle_path, name="path"),
]

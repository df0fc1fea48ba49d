# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djwraps propagation=super_init_kind sink=v1 expected=false
import functools
import logging

from django.http import JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    def __init__(self, value):
        super().__init__(value)
        self.kind = "child"


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_path(request):
    param = request.GET.get("p", "")
    bar = Child(param).kind
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})


urlpatterns = [
    path("path/", handle_path, name="path"),
]

# generated case (gen_cases2): rule=PY-XSS context=djwraps propagation=super_init sink=v0 expected=true
import functools
import logging

from django.http import HttpResponse, JsonResponse
from django.urls import path

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
def handle_xss(request):
    param = request.GET.get("p", "")
    bar = Child(param).value
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", handle_xss, name="xss"),
]

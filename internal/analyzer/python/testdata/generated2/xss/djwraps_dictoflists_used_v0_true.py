# generated case (gen_cases2): rule=PY-XSS context=djwraps propagation=dictoflists_used sink=v0 expected=true
import functools
import logging

from django.http import HttpResponse, JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_xss(request):
    param = request.GET.get("p", "")
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["b"][1]
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", handle_xss, name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djwraps propagation=direct sink=safe-api expected=false
import functools
import logging

from django.http import JsonResponse
from django.shortcuts import render
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
    bar = param
    return render(request, "hello.html", {"name": bar})


urlpatterns = [
    path("xss/", handle_xss, name="xss"),
]

# generated case (gen_cases2): rule=PY-CMDI context=djwraps propagation=closure_factory sink=v1 expected=true
import functools
import logging
import subprocess

from django.http import JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def make_getter(value):
    def getter():
        return value
    return getter


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_cmdi(request):
    param = request.GET.get("p", "")
    bar = make_getter(param)()
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", handle_cmdi, name="cmdi"),
]

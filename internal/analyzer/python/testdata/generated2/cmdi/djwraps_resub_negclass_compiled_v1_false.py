# generated case (gen_cases2): rule=PY-CMDI context=djwraps propagation=resub_negclass_compiled sink=v1 expected=false
import functools
import logging
import re
import subprocess

from django.http import JsonResponse
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
def handle_cmdi(request):
    param = request.GET.get("p", "")
    bar = NOT_ALNUM.sub("", param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", handle_cmdi, name="cmdi"),
]

# generated case (gen_cases2): rule=PY-CMDI context=djwraps propagation=dataclass_replace sink=v1 expected=true
import dataclasses
import functools
import logging
import subprocess

from dataclasses import dataclass
from django.http import JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


@dataclass
class Query:
    term: str
    other: str = "safe"


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_cmdi(request):
    param = request.GET.get("p", "")
    q = Query(term="safe")
    q2 = dataclasses.replace(q, term=param)
    bar = q2.term
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", handle_cmdi, name="cmdi"),
]

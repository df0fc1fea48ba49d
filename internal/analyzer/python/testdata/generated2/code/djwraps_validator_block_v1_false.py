# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djwraps propagation=validator_block sink=v1 expected=false
import functools
import logging
import re

from django.http import JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_code(request):
    param = request.GET.get("p", "")
    bar = param
    result = None
    if is_valid(bar):
        result = str(eval(bar, {"__builtins__": {}}))
    return JsonResponse({"result": result})


urlpatterns = [
    path("code/", handle_code, name="code"),
]

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djwraps propagation=validator_weak sink=v1 expected=true
import functools
import logging

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def is_short(value):
    return len(value) < 64


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_code(request):
    param = request.GET.get("p", "")
    if not is_short(param):
        return HttpResponseBadRequest("invalid")
    bar = param
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})


urlpatterns = [
    path("code/", handle_code, name="code"),
]

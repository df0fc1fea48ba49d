# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djwraps propagation=global_overwritten sink=v1 expected=false
import functools
import logging

from django.http import JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


LAST = ""


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_code(request):
    param = request.GET.get("p", "")
    global LAST
    LAST = param
    LAST = "safe"
    bar = LAST
    result = str(eval(bar, {"__builtins__": {}}))
    return JsonResponse({"result": result})


urlpatterns = [
    path("code/", handle_code, name="code"),
]

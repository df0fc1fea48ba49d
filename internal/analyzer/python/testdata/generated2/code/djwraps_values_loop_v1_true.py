# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djwraps propagation=values_loop sink=v1 expected=true
import functools
import logging

from django.http import JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_code(request):
    param = request.GET.get("p", "")
    bar = ""
    for v in {"p": param}.values():
        bar = v
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return JsonResponse({"result": result})


urlpatterns = [
    path("code/", handle_code, name="code"),
]

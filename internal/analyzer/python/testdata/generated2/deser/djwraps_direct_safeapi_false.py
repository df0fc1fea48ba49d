# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djwraps propagation=direct sink=safe-api expected=false
import functools
import json
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
def handle_deser(request):
    param = request.GET.get("p", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", handle_deser, name="deser"),
]

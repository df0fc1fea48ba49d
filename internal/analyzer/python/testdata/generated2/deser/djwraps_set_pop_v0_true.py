# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djwraps propagation=set_pop sink=v0 expected=true
import base64
import functools
import logging
import pickle

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
    bar = {param}.pop()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", handle_deser, name="deser"),
]

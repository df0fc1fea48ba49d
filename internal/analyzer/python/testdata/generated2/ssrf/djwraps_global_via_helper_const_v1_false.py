# generated case (gen_cases2): rule=PY-SSRF context=djwraps propagation=global_via_helper_const sink=v1 expected=false
import functools
import logging
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
log = logging.getLogger(__name__)


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_ssrf(request):
    param = request.GET.get("p", "")
    remember(param)
    bar = LAST
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", handle_ssrf, name="ssrf"),
]

# generated case (gen_cases2): rule=PY-SSRF context=djwraps propagation=strip_semicolons sink=v1 expected=true
import functools
import logging
import re
import requests

from django.http import JsonResponse
from django.urls import path

PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_ssrf(request):
    param = request.GET.get("p", "")
    bar = re.sub(r"[;&|]", "", param)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return JsonResponse({"result": result})


urlpatterns = [
    path("ssrf/", handle_ssrf, name="ssrf"),
]

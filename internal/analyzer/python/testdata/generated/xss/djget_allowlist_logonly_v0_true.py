# generated case: rule=PY-XSS source=djget propagation=allowlist_logonly sink=v0 expected=true
import logging

from django.http import HttpResponse, JsonResponse

log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


def handle_xss(request):
    param = request.GET.get("p", "")
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS

# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=allowlist_logonly sink=v0 expected=true
import logging

from django.http import HttpResponseRedirect, JsonResponse

log = logging.getLogger(__name__)


ALLOWED = ("alpha", "beta", "gamma")


def handle_redirect(request):
    param = request.POST["p"]
    bar = param
    if bar not in ALLOWED:
        log.warning("unexpected value")
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

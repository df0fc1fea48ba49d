# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djwraps propagation=sql_quote_doubling sink=v0 expected=true
import functools
import logging

from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path

log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return view(*args, **kwargs)
    return wrapper


@audited
def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = param.replace("'", "''")
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", handle_redirect, name="redirect"),
]

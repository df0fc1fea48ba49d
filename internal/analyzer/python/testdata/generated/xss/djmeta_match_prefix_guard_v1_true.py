# generated case: rule=PY-XSS source=djmeta propagation=match_prefix_guard sink=v1 expected=true
import re

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse


def handle_xss(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param
    if not re.match(r"[a-z0-9]+", bar):
        return HttpResponseBadRequest("invalid")
    return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS

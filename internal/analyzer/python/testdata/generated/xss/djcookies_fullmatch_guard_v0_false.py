# generated case: rule=PY-XSS source=djcookies propagation=fullmatch_guard sink=v0 expected=false
import re

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse


def handle_xss(request):
    param = request.COOKIES.get("p", "")
    bar = param
    if not re.fullmatch(r"[a-z0-9]+", bar):
        return HttpResponseBadRequest("invalid")
    return HttpResponse("<p>Hello " + bar + "</p>")

# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=forloop_alnum sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = ""
    for c in param:
        if c.isalnum():
            bar += c
    return HttpResponseRedirect(bar)

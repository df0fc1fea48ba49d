# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=dictctor_b sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = dict(a=param, b="safe")["b"]
    return HttpResponseRedirect(bar)

# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=replace sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = param.replace("\t", " ")
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=isdigit_guard sink=v0 expected=false
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    return HttpResponseRedirect(bar)

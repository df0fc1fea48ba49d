# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=while_false sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "safe"
    while 3 > 5:
        bar = param
    return HttpResponseRedirect(bar)

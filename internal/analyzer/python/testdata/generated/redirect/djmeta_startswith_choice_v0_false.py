# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=startswith_choice sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "yes" if param.startswith("a") else "no"
    return HttpResponseRedirect(bar)

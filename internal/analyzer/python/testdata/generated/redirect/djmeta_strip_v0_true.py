# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=strip sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param.strip()
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

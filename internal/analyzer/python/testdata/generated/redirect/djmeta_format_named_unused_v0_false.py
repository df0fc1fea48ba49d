# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=format_named_unused sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "{a}".format(a="safe", b=param)
    return HttpResponseRedirect(bar)

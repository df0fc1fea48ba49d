# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=helper_int sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def do_something(value):
    return str(int(value))


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    bar = do_something(param)
    return HttpResponseRedirect(bar)

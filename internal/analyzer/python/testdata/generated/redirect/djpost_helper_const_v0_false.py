# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=helper_const sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def do_something(value):
    return "safe!"


def handle_redirect(request):
    param = request.POST["p"]
    bar = do_something(param)
    return HttpResponseRedirect(bar)

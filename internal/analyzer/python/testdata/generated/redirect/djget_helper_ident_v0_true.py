# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=helper_ident sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def do_something(value):
    return value


def handle_redirect(request):
    param = request.GET.get("p", "")
    bar = do_something(param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=helper_strip sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def do_something(value):
    cleaned = value.strip()
    return cleaned


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    bar = do_something(param)
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=listinsert_idx0 sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[0]
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=ternary_taint sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    num = 106
    bar = "This_should_never_happen" if (7 * 18) + num < 200 else param
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

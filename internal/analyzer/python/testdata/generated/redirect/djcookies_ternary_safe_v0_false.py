# generated case: rule=PY-OPEN-REDIRECT source=djcookies propagation=ternary_safe sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.COOKIES.get("p", "")
    num = 106
    bar = "This_should_always_happen" if (7 * 18) + num > 200 else param
    return HttpResponseRedirect(bar)

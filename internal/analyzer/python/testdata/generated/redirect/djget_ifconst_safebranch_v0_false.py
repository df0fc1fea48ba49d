# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=ifconst_safebranch sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.GET.get("p", "")
    num = 86
    if (7 * 42) - num > 200:
        bar = "This_should_always_happen"
    else:
        bar = param
    return HttpResponseRedirect(bar)

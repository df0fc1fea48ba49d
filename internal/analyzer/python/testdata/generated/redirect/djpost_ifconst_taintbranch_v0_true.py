# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=ifconst_taintbranch sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    num = 86
    if (7 * 42) - num < 200:
        bar = "This should never happen"
    else:
        bar = param
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

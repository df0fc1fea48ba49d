# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=direct sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    bar = param
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

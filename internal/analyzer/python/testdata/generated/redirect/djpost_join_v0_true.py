# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=join sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    bar = "".join([param, ""])
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=forloop_chars sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    bar = ""
    for c in param:
        bar += c
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=dictctor_a sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    bar = dict(a=param, b="safe")["a"]
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

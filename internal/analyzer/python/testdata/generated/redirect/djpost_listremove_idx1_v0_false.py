# generated case: rule=PY-OPEN-REDIRECT source=djpost propagation=listremove_idx1 sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.POST["p"]
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[1]
    return HttpResponseRedirect(bar)

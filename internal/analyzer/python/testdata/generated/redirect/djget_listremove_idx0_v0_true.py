# generated case: rule=PY-OPEN-REDIRECT source=djget propagation=listremove_idx0 sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.GET.get("p", "")
    values = ["safe", param, "moresafe"]
    values.remove("safe")
    bar = values[0]
    return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT

# generated case: rule=PY-OPEN-REDIRECT source=djmeta propagation=listinsert_idx1 sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse


def handle_redirect(request):
    param = request.META.get("HTTP_X_P", "")
    values = ["safe", "moresafe"]
    values.insert(0, param)
    bar = values[1]
    return HttpResponseRedirect(bar)

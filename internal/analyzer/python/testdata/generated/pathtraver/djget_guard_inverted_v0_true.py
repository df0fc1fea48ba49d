# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=guard_inverted sink=v0 expected=true
import os

from django.http import HttpResponseBadRequest, JsonResponse

BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    bar = param
    if bar in ALLOWED:
        return HttpResponseBadRequest("invalid")
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": result})

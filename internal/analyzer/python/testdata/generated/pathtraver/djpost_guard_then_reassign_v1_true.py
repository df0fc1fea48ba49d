# generated case: rule=PY-PATH-TRAVERSAL source=djpost propagation=guard_then_reassign sink=v1 expected=true
import os

from django.http import HttpResponseBadRequest, JsonResponse

BASE_DIR = "/srv/app/files"


ALLOWED = ("alpha", "beta", "gamma")


def handle_pathtraver(request):
    param = request.POST["p"]
    bar = param
    if bar not in ALLOWED:
        return HttpResponseBadRequest("invalid")
    bar = param + "-v2"
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})

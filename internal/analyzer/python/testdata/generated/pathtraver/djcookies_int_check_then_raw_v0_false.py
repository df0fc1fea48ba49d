# generated case: rule=PY-PATH-TRAVERSAL source=djcookies propagation=int_check_then_raw sink=v0 expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.COOKIES.get("p", "")
    try:
        int(param)
    except ValueError:
        return HttpResponseBadRequest("invalid")
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

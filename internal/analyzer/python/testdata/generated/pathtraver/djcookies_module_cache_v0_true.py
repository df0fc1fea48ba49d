# generated case: rule=PY-PATH-TRAVERSAL source=djcookies propagation=module_cache sink=v0 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


CACHE = {}


def handle_pathtraver(request):
    param = request.COOKIES.get("p", "")
    CACHE["last"] = param
    bar = CACHE["last"]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": result})

# generated case: rule=PY-PATH-TRAVERSAL source=djcookies propagation=dictctor_b sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.COOKIES.get("p", "")
    bar = dict(a=param, b="safe")["b"]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

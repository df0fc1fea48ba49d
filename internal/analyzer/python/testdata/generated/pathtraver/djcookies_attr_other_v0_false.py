# generated case: rule=PY-PATH-TRAVERSAL source=djcookies propagation=attr_other sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


class Box:
    pass


def handle_pathtraver(request):
    param = request.COOKIES.get("p", "")
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

# generated case: rule=PY-PATH-TRAVERSAL source=djcookies propagation=dict_overwritten sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.COOKIES.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    m["keyB"] = "safe"
    bar = m["keyB"]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=dict_keyB sink=v0 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": result})

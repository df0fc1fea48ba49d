# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=nesteddict_other sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    m = {"outer": {"inner": param, "other": "safe"}}
    bar = m["outer"]["other"]
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

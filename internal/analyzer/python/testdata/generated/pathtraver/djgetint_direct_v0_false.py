# generated case: rule=PY-PATH-TRAVERSAL source=djgetint propagation=direct sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = str(int(request.GET.get("p", "0")))
    bar = param
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=sha256 sink=v0 expected=false
import hashlib
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    bar = hashlib.sha256(param.encode("utf-8")).hexdigest()
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

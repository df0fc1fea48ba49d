# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=replace sink=v0 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    bar = param.replace("\t", " ")
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": result})

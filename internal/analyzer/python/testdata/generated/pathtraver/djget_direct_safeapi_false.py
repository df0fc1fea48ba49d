# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=direct sink=safe-api expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    bar = param
    with open(os.path.join(BASE_DIR, "index.txt")) as fh:
        result = bar in fh.read()
    return JsonResponse({"result": result})

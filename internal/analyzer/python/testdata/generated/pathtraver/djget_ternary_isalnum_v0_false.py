# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=ternary_isalnum sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    bar = param if param.isalnum() else "safe"
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

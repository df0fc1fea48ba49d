# generated case: rule=PY-PATH-TRAVERSAL source=djmeta propagation=const_ternary_false sink=v1 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.META.get("HTTP_X_P", "")
    bar = param if False else "safe"
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return JsonResponse({"result": result})

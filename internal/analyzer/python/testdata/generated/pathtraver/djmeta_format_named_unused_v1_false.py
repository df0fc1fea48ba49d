# generated case: rule=PY-PATH-TRAVERSAL source=djmeta propagation=format_named_unused sink=v1 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "{a}".format(a="safe", b=param)
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return JsonResponse({"result": result})

# generated case: rule=PY-PATH-TRAVERSAL source=djmeta propagation=reversed_join sink=v1 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.META.get("HTTP_X_P", "")
    bar = "".join(reversed(param))
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})

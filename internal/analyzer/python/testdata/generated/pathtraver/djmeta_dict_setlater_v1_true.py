# generated case: rule=PY-PATH-TRAVERSAL source=djmeta propagation=dict_setlater sink=v1 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.META.get("HTTP_X_P", "")
    m = {"keyA": "a_Value", "keyB": "b_Value"}
    m["keyA"] = param
    bar = m["keyA"]
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})

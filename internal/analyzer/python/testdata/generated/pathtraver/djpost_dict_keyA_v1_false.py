# generated case: rule=PY-PATH-TRAVERSAL source=djpost propagation=dict_keyA sink=v1 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.POST["p"]
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyA"]
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return JsonResponse({"result": result})

# generated case: rule=PY-PATH-TRAVERSAL source=djpost propagation=startswith_choice sink=v1 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.POST["p"]
    bar = "yes" if param.startswith("a") else "no"
    os.remove(BASE_DIR + "/" + bar)
    result = True
    return JsonResponse({"result": result})

# generated case: rule=PY-PATH-TRAVERSAL source=djpost propagation=attr_set sink=v1 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


class Box:
    pass


def handle_pathtraver(request):
    param = request.POST["p"]
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})

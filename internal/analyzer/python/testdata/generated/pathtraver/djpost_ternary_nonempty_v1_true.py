# generated case: rule=PY-PATH-TRAVERSAL source=djpost propagation=ternary_nonempty sink=v1 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.POST["p"]
    bar = param if param else "safe"
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})

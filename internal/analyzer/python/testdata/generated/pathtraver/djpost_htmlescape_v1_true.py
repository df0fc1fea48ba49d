# generated case: rule=PY-PATH-TRAVERSAL source=djpost propagation=htmlescape sink=v1 expected=true
import html
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.POST["p"]
    bar = html.escape(param)
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})

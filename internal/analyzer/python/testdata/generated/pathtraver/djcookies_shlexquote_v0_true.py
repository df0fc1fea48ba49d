# generated case: rule=PY-PATH-TRAVERSAL source=djcookies propagation=shlexquote sink=v0 expected=true
import os
import shlex

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.COOKIES.get("p", "")
    bar = shlex.quote(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return JsonResponse({"result": result})

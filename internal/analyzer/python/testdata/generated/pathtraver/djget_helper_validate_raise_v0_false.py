# generated case: rule=PY-PATH-TRAVERSAL source=djget propagation=helper_validate_raise sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def validate(value):
    if not value.isalnum():
        raise ValueError("bad value")
    return value


def handle_pathtraver(request):
    param = request.GET.get("p", "")
    bar = validate(param)
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

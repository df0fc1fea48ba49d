# generated case: rule=PY-PATH-TRAVERSAL source=djcookies propagation=switch_safe sink=v0 expected=false
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.COOKIES.get("p", "")
    guess = "ABC"
    target = guess[1]
    if target == "A":
        bar = param
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return JsonResponse({"result": result})

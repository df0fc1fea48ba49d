# generated case: rule=PY-PATH-TRAVERSAL source=djmeta propagation=switch_taint sink=v1 expected=true
import os

from django.http import JsonResponse

BASE_DIR = "/srv/app/files"


def handle_pathtraver(request):
    param = request.META.get("HTTP_X_P", "")
    guess = "ABC"
    target = guess[2]
    if target == "A":
        bar = "a_value"
    elif target == "B":
        bar = "bob"
    elif target == "C" or target == "D":
        bar = param
    else:
        bar = "bob's your uncle"
    os.remove(BASE_DIR + "/" + bar)  # want: PY-PATH-TRAVERSAL
    result = True
    return JsonResponse({"result": result})

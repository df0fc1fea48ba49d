# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=replace_dotdot_once expected=true
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files"


def case_replace_dotdot_once(request):
    param = request.COOKIES.get("q", "")
    name = param.replace("../", "")
    with open(os.path.join(BASE_DIR, name), "rb") as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return JsonResponse({"result": str(len(data))})


urlpatterns = [
    path("pathtraver_replace_dotdot_once/", case_replace_dotdot_once),
]

# generated case (gen_cases7): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django source=cookie shape=normpath_dotdot_check sink=specific expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files/"


def case_00239(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    name = os.path.normpath(bar)
    if name.startswith("..") or os.path.isabs(name):
        return HttpResponseBadRequest("invalid")
    with open(os.path.join(BASE_DIR, name)) as fh:
        result = fh.read()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00239/", case_00239),
]

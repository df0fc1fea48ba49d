# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=splitext_ext_allowlist expected=false
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files"


def case_splitext_ext_allowlist(request):
    param = request.GET.get("q", "")
    ext = os.path.splitext(param)[1].lower()
    if ext not in (".pdf", ".txt"):
        return JsonResponse({"result": str("bad type")})
    with open(os.path.join(BASE_DIR, "sample" + ext)) as fh:
        data = fh.read()
    return JsonResponse({"result": str(len(data))})


urlpatterns = [
    path("pathtraver_splitext_ext_allowlist/", case_splitext_ext_allowlist),
]

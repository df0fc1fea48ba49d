# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=realpath_commonpath_guard expected=false
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files"


def case_realpath_commonpath_guard(request):
    param = request.GET.get("q", "")
    full = os.path.realpath(os.path.join(BASE_DIR, param))
    if os.path.commonpath([full, BASE_DIR]) != BASE_DIR:
        return JsonResponse({"result": str("denied")})
    with open(full) as fh:
        data = fh.read()
    return JsonResponse({"result": str(len(data))})


urlpatterns = [
    path("pathtraver_realpath_commonpath_guard/", case_realpath_commonpath_guard),
]

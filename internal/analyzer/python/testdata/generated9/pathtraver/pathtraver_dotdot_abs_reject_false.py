# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=dotdot_abs_reject expected=false
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE = "/srv/files"


def case_dotdot_abs_reject(request):
    param = request.GET.get("q", "")
    if not param or ".." in param or param.startswith("/"):
        raise Http404("bad name")
    with open(os.path.join(BASE, param), "rb") as fh:
        data = fh.read()
    return JsonResponse({"result": str(len(data))})


urlpatterns = [
    path("pathtraver_dotdot_abs_reject/", case_dotdot_abs_reject),
]

# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=lstrip_slash_only expected=true
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE = "/srv/files"


def case_lstrip_slash_only(request):
    param = request.POST.get("q", "")
    name = param.lstrip("/")
    with open(os.path.join(BASE, name)) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return JsonResponse({"result": str(data)})


urlpatterns = [
    path("pathtraver_lstrip_slash_only/", case_lstrip_slash_only),
]

# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=exists_check_not_guard expected=true
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE = "/srv/files"


def case_exists_check_not_guard(request):
    param = request.GET.get("q", "")
    full = os.path.join(BASE, param)
    if not os.path.exists(full):  # want: PY-PATH-TRAVERSAL
        raise Http404("missing")
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return JsonResponse({"result": str(data)})


urlpatterns = [
    path("pathtraver_exists_check_not_guard/", case_exists_check_not_guard),
]

# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=dict_get_const_file expected=false
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE = "/srv/legal"
FILES = {"tos": "tos.txt", "privacy": "privacy.txt"}


def case_dict_get_const_file(request):
    param = request.COOKIES.get("q", "")
    with open(os.path.join(BASE, FILES.get(param, "tos.txt"))) as fh:
        data = fh.read()
    return JsonResponse({"result": str(data)})


urlpatterns = [
    path("pathtraver_dict_get_const_file/", case_dict_get_const_file),
]

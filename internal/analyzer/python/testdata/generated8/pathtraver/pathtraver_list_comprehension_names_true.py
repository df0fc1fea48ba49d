# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=list_comprehension_names expected=true
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE_DIR = "/srv/app/files"


def case_list_comprehension_names(request):
    param = request.POST.get("q", "")
    names = [n.strip() for n in param.split(",") if n]
    total = 0
    for n in names:
        total += os.path.getsize(os.path.join(BASE_DIR, n))  # want: PY-PATH-TRAVERSAL
        os.remove(os.path.join(BASE_DIR, n))  # want: PY-PATH-TRAVERSAL
    return JsonResponse({"result": str(total)})


urlpatterns = [
    path("pathtraver_list_comprehension_names/", case_list_comprehension_names),
]

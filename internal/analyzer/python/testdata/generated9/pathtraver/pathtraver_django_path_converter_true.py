# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=django_path_converter expected=true
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

BASE = "/srv/files"


def case_django_path_converter(request, name):
    with open(os.path.join(BASE, name)) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return HttpResponse(data, content_type="text/plain")


urlpatterns = [
    path("pathtraver_django_path_converter/<path:name>", case_django_path_converter),
]

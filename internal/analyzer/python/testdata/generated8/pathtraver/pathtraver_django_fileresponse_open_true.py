# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=django shape=django_fileresponse_open expected=true
import os

from django.http import FileResponse
from django.urls import path


def case_django_fileresponse_open(request, name):
    return FileResponse(open(os.path.join("/srv/app/files", name), "rb"))  # want: PY-PATH-TRAVERSAL


urlpatterns = [path("files/<path:name>", case_django_fileresponse_open)]

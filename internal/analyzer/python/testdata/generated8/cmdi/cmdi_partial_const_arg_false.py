# generated case (gen8): category=cmdi rule=PY-CMDI fw=django shape=partial_const_arg expected=false
import functools
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

def build(prefix, suffix, user):
    return prefix + " " + suffix


def case_partial_const_arg(request):
    param = request.META.get("HTTP_X_Q", "")
    make = functools.partial(build, "ls", "/srv/public")
    rc = os.system(make(param))
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_partial_const_arg/", case_partial_const_arg),
]

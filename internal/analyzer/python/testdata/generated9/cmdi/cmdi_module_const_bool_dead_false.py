# generated case (gen9): category=cmdi rule=PY-CMDI fw=django shape=module_const_bool_dead expected=false
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

DEBUG_SHELL = False


def case_module_const_bool_dead(request):
    param = request.GET.get("q", "")
    rc = 0
    if DEBUG_SHELL:
        rc = os.system("echo " + param)
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_module_const_bool_dead/", case_module_const_bool_dead),
]

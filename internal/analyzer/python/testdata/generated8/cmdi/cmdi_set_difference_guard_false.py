# generated case (gen8): category=cmdi rule=PY-CMDI fw=django shape=set_difference_guard expected=false
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

ALLOWED = set("abcdefghijklmnopqrstuvwxyz0123456789")


def case_set_difference_guard(request):
    param = request.GET.get("q", "")
    if set(param) - ALLOWED:
        return JsonResponse({"result": str("invalid")})
    rc = os.system("whois " + param)
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_set_difference_guard/", case_set_difference_guard),
]

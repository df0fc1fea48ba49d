# generated case (gen8): category=cmdi rule=PY-CMDI fw=django shape=ternary_const_host expected=false
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_ternary_const_host(request):
    param = request.GET.get("q", "")
    host = "localhost" if param else "127.0.0.1"
    rc = os.system("ping -c 1 " + host)
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_ternary_const_host/", case_ternary_const_host),
]

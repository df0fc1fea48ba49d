# generated case (gen9): category=cmdi rule=PY-CMDI fw=django shape=unquote_plus expected=true
import os
import urllib.parse
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_unquote_plus(request):
    param = request.GET.get("q", "")
    rc = os.system("ping -c 1 " + urllib.parse.unquote_plus(param))  # want: PY-CMDI
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_unquote_plus/", case_unquote_plus),
]

# generated case (gen9): category=cmdi rule=PY-CMDI fw=django shape=itertools_chain_join expected=true
import itertools
import os
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_itertools_chain_join(request):
    param = request.COOKIES.get("q", "")
    cmd = " ".join(itertools.chain(["echo"], [param]))
    rc = os.system(cmd)  # want: PY-CMDI
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_itertools_chain_join/", case_itertools_chain_join),
]

# generated case (gen8): category=cmdi rule=PY-CMDI fw=django shape=match_sequence_capture expected=true
import os
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_match_sequence_capture(request):
    param = request.POST.get("q", "")
    match param.split(":"):
        case ["host", target]:
            out = os.popen("dig " + target).read()  # want: PY-CMDI
        case _:
            out = ""
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("cmdi_match_sequence_capture/", case_match_sequence_capture),
]

# generated case (gen9): category=cmdi rule=PY-CMDI fw=django shape=subprocess_getoutput expected=true
import subprocess
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_subprocess_getoutput(request):
    param = request.GET.get("q", "")
    out = subprocess.getoutput("dig " + param)  # want: PY-CMDI
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("cmdi_subprocess_getoutput/", case_subprocess_getoutput),
]

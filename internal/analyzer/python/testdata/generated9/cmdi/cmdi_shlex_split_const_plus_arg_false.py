# generated case (gen9): category=cmdi rule=PY-CMDI fw=django shape=shlex_split_const_plus_arg expected=false
import shlex
import subprocess
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_shlex_split_const_plus_arg(request):
    param = request.POST.get("q", "")
    args = shlex.split("git log --oneline -n 5") + ["--", param]
    out = subprocess.run(args, capture_output=True, text=True).stdout
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("cmdi_shlex_split_const_plus_arg/", case_shlex_split_const_plus_arg),
]

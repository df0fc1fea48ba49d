# generated case (gen8): category=cmdi rule=PY-CMDI fw=django shape=kwargs_forward_helper expected=true
import subprocess
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

def run_tool(**kwargs):
    cmd = kwargs.get("cmd", "true")
    return subprocess.run(cmd, shell=True, capture_output=True).returncode  # want: PY-CMDI


def case_kwargs_forward_helper(request):
    param = request.COOKIES.get("q", "")
    rc = run_tool(cmd="nslookup " + param, timeout=5)
    return JsonResponse({"result": str(rc)})


urlpatterns = [
    path("cmdi_kwargs_forward_helper/", case_kwargs_forward_helper),
]

# generated case (gen8): category=cmdi rule=PY-CMDI fw=django shape=sh_c_list_no_shell_kw expected=true
import subprocess
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_sh_c_list_no_shell_kw(request):
    param = request.POST.get("q", "")
    subprocess.run(["/bin/sh", "-c", "zip -r /tmp/out.zip " + param])  # want: PY-CMDI
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("cmdi_sh_c_list_no_shell_kw/", case_sh_c_list_no_shell_kw),
]

# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=post shape=grep_fixed_list sink=specific expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


def case_00233(request):
    param = request.POST.get("q", "")
    bar = param
    proc = subprocess.run(["grep", "-F", "-e", bar, "/var/log/app.log"], capture_output=True)
    result = proc.stdout
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00233/", case_00233),
]

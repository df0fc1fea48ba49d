# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=get shape=bash_c_list sink=specific expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def case_00227(request):
    param = request.GET.get("q", "")
    bar = param
    result = subprocess.call(["bash", "-c", "ls " + bar])  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00227/", case_00227),
]

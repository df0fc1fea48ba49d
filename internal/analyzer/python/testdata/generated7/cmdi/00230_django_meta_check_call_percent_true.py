# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=meta shape=check_call_percent sink=specific expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path


def case_00230(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    result = subprocess.check_call("tar -tf %s" % bar, shell=True)  # want: PY-CMDI
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00230/", case_00230),
]

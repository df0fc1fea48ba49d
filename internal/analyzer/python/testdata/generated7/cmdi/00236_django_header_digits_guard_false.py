# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=header shape=digits_guard sink=specific expected=false
import os

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path


def case_00236(request):
    param = request.headers.get("X-Query", "")
    bar = param
    if not bar.isdigit():
        return HttpResponseBadRequest("invalid")
    result = os.system("kill -0 " + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00236/", case_00236),
]

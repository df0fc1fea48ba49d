# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=cookie shape=fullmatch_guard_else (helper class) sink=v1 expected=false
import re
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        if re.fullmatch(r"[a-z]{1,12}", param):
            bar = param
        else:
            bar = "none"
        return bar


def case_00206(request):
    param = request.COOKIES.get("q", "none")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00206/", case_00206),
]

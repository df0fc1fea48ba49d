# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=header shape=try_else_raw (helper class) sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        try:
            n = int(param)
        except ValueError:
            bar = "0"
        else:
            bar = param
        return bar


def case_00134(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00134/", case_00134),
]

# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=header shape=bool_conv (helper class) sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = str(bool(param))
        return bar


def case_00194(request):
    param = request.headers.get("X-Query", "")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00194/", case_00194),
]

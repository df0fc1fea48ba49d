# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=post shape=while_const_miss (helper class) sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        bar = "safe"
        i = 0
        while i < 3:
            if i == 5:
                bar = param
            i += 1
        return bar


def case_00122(request):
    param = request.POST.get("q", "")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00122/", case_00122),
]

# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=meta shape=deque_maxlen_drop (helper class) sink=v1 expected=false
import collections
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        recent = collections.deque([param, "a", "b"], maxlen=2)
        bar = recent[0]
        return bar


def case_00050(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00050/", case_00050),
]

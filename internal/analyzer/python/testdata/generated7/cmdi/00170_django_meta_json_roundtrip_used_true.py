# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=django source=meta shape=json_roundtrip_used (helper class) sink=v1 expected=true
import json
import subprocess

from django.http import JsonResponse
from django.urls import path


class Test:
    def do_something(self, request, param):
        blob = json.dumps({"q": param, "m": "x"})
        bar = json.loads(blob)["q"]
        return bar


def case_00170(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    proc = subprocess.run(f"ls -la /srv/app/files/{bar}", shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00170/", case_00170),
]

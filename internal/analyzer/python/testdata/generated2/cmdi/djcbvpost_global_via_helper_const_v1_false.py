# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=global_via_helper_const sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path
from django.views import View


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        remember(param)
        bar = LAST
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

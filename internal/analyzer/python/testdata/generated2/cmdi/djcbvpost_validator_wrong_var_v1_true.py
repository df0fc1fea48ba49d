# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=validator_wrong_var sink=v1 expected=true
import re
import subprocess

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        other = "alpha"
        if not is_valid(other):
            return HttpResponseBadRequest("invalid")
        bar = param
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

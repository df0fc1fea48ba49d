# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=validator_weak sink=v1 expected=true
import subprocess

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_short(value):
    return len(value) < 64


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        if not is_short(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

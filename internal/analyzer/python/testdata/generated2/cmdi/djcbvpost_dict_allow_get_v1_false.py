# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=dict_allow_get sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path
from django.views import View


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = ALLOWED.get(param, "alpha")
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

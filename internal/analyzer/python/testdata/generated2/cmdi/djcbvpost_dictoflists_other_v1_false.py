# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=dictoflists_other sink=v1 expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        m = {"a": ["safe"], "b": ["safe", param]}
        bar = m["a"][0]
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

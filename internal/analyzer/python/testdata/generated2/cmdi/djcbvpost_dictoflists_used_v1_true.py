# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=dictoflists_used sink=v1 expected=true
import subprocess

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        m = {"a": ["safe"], "b": ["safe", param]}
        bar = m["b"][1]
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

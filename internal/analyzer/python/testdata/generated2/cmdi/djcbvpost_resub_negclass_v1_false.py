# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=resub_negclass sink=v1 expected=false
import re
import subprocess

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = re.sub(r"[^a-z0-9]", "", param)
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

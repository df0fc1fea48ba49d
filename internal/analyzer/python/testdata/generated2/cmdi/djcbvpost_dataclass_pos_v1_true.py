# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=dataclass_pos sink=v1 expected=true
import subprocess

from dataclasses import dataclass
from django.http import JsonResponse
from django.urls import path
from django.views import View


@dataclass
class Query:
    term: str
    other: str = "safe"


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        q = Query(param)
        bar = q.term
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
        result = proc.returncode
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

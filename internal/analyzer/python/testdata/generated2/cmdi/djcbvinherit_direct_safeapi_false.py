# generated case (gen_cases2): rule=PY-CMDI context=djcbvinherit propagation=direct sink=safe-api expected=false
import subprocess

from django.http import JsonResponse
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
        result = proc.returncode
        return JsonResponse({"result": result})


class HandleCmdiView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

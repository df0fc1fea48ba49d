# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=global_overwritten sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


LAST = ""


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        global LAST
        LAST = param
        LAST = "safe"
        bar = LAST
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

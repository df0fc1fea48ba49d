# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=global_set sink=v0 expected=true
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
        bar = LAST
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

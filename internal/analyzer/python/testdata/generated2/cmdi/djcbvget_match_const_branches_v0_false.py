# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=match_const_branches sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        match param:
            case "a":
                bar = "first"
            case _:
                bar = "other"
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

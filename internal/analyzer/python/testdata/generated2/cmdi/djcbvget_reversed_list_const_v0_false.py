# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=reversed_list_const sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = list(reversed(["safe", param]))[1]
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

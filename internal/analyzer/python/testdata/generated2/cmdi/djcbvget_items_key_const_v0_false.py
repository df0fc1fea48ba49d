# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=items_key_const sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ""
        for k, _v in {"safe": param}.items():
            bar = k
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

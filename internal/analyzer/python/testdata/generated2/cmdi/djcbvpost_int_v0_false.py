# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=int sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = str(int(param))
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

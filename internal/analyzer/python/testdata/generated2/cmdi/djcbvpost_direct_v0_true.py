# generated case (gen_cases2): rule=PY-CMDI context=djcbvpost propagation=direct sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = param
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=validator_guard sink=v0 expected=false
import os
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        if not is_valid(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

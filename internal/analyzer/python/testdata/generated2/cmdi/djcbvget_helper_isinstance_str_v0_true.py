# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=helper_isinstance_str sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = coerce(param)
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

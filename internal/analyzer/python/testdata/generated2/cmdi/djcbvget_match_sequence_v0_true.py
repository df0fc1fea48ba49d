# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=match_sequence sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        match param.split(",", 1):
            case [head, *_]:
                bar = head
            case _:
                bar = "default"
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

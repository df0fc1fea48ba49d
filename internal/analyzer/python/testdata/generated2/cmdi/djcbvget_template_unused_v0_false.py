# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=template_unused sink=v0 expected=false
import os
import string

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = string.Template("$v").substitute(v="safe", w=param)
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

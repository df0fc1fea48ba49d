# generated case (gen_cases2): rule=PY-CMDI context=djcbvselfhelper propagation=int sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCmdiView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = str(int(param))
        result = os.system("ping -c 1 " + bar)
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

# generated case (gen_cases2): rule=PY-CMDI context=djcbvget propagation=classmethod_factory sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View


class Holder:
    def __init__(self, value):
        self.value = value

    @classmethod
    def of(cls, value):
        return cls(value)


class HandleCmdiView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = Holder.of(param).value
        result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
        return JsonResponse({"result": result})


urlpatterns = [
    path("cmdi/", HandleCmdiView.as_view(), name="cmdi"),
]

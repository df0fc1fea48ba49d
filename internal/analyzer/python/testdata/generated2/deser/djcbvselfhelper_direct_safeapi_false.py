# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvselfhelper propagation=direct sink=safe-api expected=false
import json

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = param
        obj = json.loads(bar)
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

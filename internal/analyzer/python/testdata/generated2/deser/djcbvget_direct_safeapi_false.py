# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvget propagation=direct sink=safe-api expected=false
import json

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        obj = json.loads(bar)
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

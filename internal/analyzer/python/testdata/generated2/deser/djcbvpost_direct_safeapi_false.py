# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvpost propagation=direct sink=safe-api expected=false
import json

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = param
        obj = json.loads(bar)
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvpost propagation=match_const_branches sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        match param:
            case "a":
                bar = "first"
            case _:
                bar = "other"
        obj = pickle.loads(base64.b64decode(bar))
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

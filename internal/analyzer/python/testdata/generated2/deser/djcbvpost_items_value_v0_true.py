# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvpost propagation=items_value sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = ""
        for _k, v in {"p": param}.items():
            bar = v
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

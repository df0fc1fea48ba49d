# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvpost propagation=helper_isinstance sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


class HandleDeserView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = coerce(param)
        obj = pickle.loads(base64.b64decode(bar))
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

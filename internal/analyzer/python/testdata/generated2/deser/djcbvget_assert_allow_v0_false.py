# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvget propagation=assert_allow sink=v0 expected=false
import base64
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


ALLOWED = ("alpha", "beta", "gamma")


class HandleDeserView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        assert param in ALLOWED
        bar = param
        obj = pickle.loads(base64.b64decode(bar))
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

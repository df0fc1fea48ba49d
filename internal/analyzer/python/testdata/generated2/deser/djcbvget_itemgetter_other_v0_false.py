# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvget propagation=itemgetter_other sink=v0 expected=false
import base64
import operator
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = operator.itemgetter("q")({"p": param, "q": "safe"})
        obj = pickle.loads(base64.b64decode(bar))
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

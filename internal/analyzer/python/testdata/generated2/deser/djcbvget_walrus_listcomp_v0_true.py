# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvget propagation=walrus_listcomp sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = [y := param.strip()][0]
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

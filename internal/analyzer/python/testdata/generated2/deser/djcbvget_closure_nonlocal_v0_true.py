# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvget propagation=closure_nonlocal sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleDeserView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = "safe"
        def update():
            nonlocal bar
            bar = param
        update()
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

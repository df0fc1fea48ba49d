# generated case (gen_cases2): rule=PY-DESERIALIZATION context=djcbvget propagation=recursion_ident sink=v0 expected=true
import base64
import pickle

from django.http import JsonResponse
from django.urls import path
from django.views import View


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


class HandleDeserView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = unwrap(param, 3)
        obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
        result = type(obj).__name__
        return JsonResponse({"result": result})


urlpatterns = [
    path("deser/", HandleDeserView.as_view(), name="deser"),
]

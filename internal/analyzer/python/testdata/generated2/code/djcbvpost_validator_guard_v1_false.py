# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvpost propagation=validator_guard sink=v1 expected=false
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleCodeView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        if not is_valid(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        result = str(eval(bar, {"__builtins__": {}}))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

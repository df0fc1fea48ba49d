# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvpost propagation=validator_wrong_var sink=v1 expected=true
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandlePathView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        other = "alpha"
        if not is_valid(other):
            return HttpResponseBadRequest("invalid")
        bar = param
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

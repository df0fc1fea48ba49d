# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvget propagation=validator_guard sink=v0 expected=false
import os
import re

from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandlePathView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        if not is_valid(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        with open(os.path.join(BASE_DIR, bar)) as fh:
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvpost propagation=resub_negclass_compiled sink=v1 expected=false
import re

from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


class HandlePathView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = NOT_ALNUM.sub("", param)
        with open(BASE_DIR + "/" + bar, "rb") as fh:
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

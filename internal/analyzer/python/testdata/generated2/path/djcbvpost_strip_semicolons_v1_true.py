# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvpost propagation=strip_semicolons sink=v1 expected=true
import re

from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


class HandlePathView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = re.sub(r"[;&|]", "", param)
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvget propagation=match_const_branches sink=v0 expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


class HandlePathView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        match param:
            case "a":
                bar = "first"
            case _:
                bar = "other"
        with open(os.path.join(BASE_DIR, bar)) as fh:
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvget propagation=items_value sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


class HandlePathView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ""
        for _k, v in {"p": param}.items():
            bar = v
        with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

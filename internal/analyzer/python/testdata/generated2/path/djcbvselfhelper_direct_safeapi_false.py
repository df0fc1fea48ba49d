# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvselfhelper propagation=direct sink=safe-api expected=false
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


class HandlePathView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = param
        with open(os.path.join(BASE_DIR, "index.txt")) as fh:
            result = bar in fh.read()
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

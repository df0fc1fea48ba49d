# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvget propagation=mutual_recursion sink=v0 expected=true
import os

from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


class HandlePathView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ping(param, 4)
        with open(os.path.join(BASE_DIR, bar)) as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvpost propagation=deque_pop sink=v1 expected=true
import collections

from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


class HandlePathView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        dq = collections.deque(["safe"])
        dq.append(param)
        bar = dq.pop()
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

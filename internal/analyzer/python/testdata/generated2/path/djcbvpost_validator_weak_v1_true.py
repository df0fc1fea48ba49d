# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvpost propagation=validator_weak sink=v1 expected=true
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


def is_short(value):
    return len(value) < 64


class HandlePathView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        if not is_short(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvpost propagation=listofdicts_other sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


class HandlePathView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        rows = [{"n": "safe"}, {"n": param}]
        bar = rows[0]["n"]
        with open(BASE_DIR + "/" + bar, "rb") as fh:
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

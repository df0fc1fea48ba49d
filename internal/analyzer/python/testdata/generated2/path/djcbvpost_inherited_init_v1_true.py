# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=djcbvpost propagation=inherited_init sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View

BASE_DIR = "/srv/app/files"


class Base:
    def __init__(self, value):
        self.value = value


class Child(Base):
    pass


class HandlePathView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = Child(param).value
        with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
            result = len(fh.read())
        return JsonResponse({"result": result})


urlpatterns = [
    path("path/", HandlePathView.as_view(), name="path"),
]

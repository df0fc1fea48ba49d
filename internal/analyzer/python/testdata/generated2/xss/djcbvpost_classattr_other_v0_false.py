# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=classattr_other sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class Config:
    value = "default"
    other = "safe"


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        Config.value = param
        bar = Config.other
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=global_via_helper_const sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        remember(param)
        bar = LAST
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=global_via_helper sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


LAST = ""


def remember(value):
    global LAST
    LAST = value


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        remember(param)
        bar = LAST
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

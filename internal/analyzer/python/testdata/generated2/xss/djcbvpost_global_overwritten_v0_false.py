# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=global_overwritten sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


LAST = ""


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        global LAST
        LAST = param
        LAST = "safe"
        bar = LAST
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

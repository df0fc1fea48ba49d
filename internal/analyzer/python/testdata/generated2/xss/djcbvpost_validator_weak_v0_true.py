# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=validator_weak sink=v0 expected=true
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_short(value):
    return len(value) < 64


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        if not is_short(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=validator_ignored sink=v0 expected=true
import re

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        is_valid(param)
        bar = param
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

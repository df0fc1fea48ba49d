# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=validator_guard sink=v0 expected=false
import re

from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        if not is_valid(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

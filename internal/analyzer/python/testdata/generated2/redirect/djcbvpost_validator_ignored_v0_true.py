# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=validator_ignored sink=v0 expected=true
import re

from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        is_valid(param)
        bar = param
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

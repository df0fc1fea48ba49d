# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=validator_block sink=v0 expected=false
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
        bar = param
        if is_valid(bar):
            return HttpResponseRedirect(bar)
        return JsonResponse({"result": None})


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

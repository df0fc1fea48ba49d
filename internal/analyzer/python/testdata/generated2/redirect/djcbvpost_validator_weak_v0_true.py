# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=validator_weak sink=v0 expected=true
from django.http import HttpResponseBadRequest, HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


def is_short(value):
    return len(value) < 64


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        if not is_short(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

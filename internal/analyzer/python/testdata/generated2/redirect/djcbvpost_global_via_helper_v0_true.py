# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=global_via_helper sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


LAST = ""


def remember(value):
    global LAST
    LAST = value


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        remember(param)
        bar = LAST
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

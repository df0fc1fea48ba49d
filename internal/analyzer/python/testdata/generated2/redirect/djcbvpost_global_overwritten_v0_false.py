# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=global_overwritten sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


LAST = ""


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        global LAST
        LAST = param
        LAST = "safe"
        bar = LAST
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

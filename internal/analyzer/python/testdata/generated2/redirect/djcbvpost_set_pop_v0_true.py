# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=set_pop sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = {param}.pop()
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=tuple_index_const sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        t = ("safe", param)
        bar = t[0]
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

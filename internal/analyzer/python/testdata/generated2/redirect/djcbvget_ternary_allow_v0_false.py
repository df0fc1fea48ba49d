# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=ternary_allow sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


ALLOWED = ("alpha", "beta", "gamma")


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param if param in ALLOWED else "alpha"
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=dict_allow_get_default_param sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ALLOWED.get("zeta", param)
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

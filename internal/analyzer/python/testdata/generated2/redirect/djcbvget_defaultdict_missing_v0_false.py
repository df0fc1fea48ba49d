# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=defaultdict_missing sink=v0 expected=false
import collections

from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        d = collections.defaultdict(str)
        d["p"] = param
        bar = d["q"]
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

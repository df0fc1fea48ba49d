# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=zip_first sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ""
        for a, _b in zip(["safe"], [param]):
            bar = a
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

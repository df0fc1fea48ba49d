# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=match_literal_guard sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        match param:
            case "alpha" | "beta":
                bar = param
            case _:
                bar = "default"
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

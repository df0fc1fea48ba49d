# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=markupsafe_escape sink=v0 expected=true
import markupsafe

from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = str(markupsafe.escape(param))
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

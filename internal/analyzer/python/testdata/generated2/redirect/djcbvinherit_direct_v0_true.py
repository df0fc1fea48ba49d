# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvinherit propagation=direct sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


class HandleRedirectView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

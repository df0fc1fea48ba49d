# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvinherit propagation=int sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = str(int(param))
        return HttpResponseRedirect(bar)


class HandleRedirectView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvselfhelper propagation=direct sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = param
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

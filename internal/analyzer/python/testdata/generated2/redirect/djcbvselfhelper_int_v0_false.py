# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvselfhelper propagation=int sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = str(int(param))
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=direct sink=safe-api expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        return HttpResponseRedirect("/dashboard/")


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

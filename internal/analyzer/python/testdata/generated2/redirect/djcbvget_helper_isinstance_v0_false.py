# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=helper_isinstance sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = coerce(param)
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

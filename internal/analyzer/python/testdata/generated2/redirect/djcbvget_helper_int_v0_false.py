# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=helper_int sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = to_int_str(param)
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=recursion_ident sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = unwrap(param, 3)
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=base_view_hook expected=true
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class BaseRedirect:
    def dispatch(self, request):
        return HttpResponseRedirect(self.target(request))  # want: PY-OPEN-REDIRECT

    def target(self, request):
        return "/"


class NextRedirect(BaseRedirect):
    def target(self, request):
        return request.GET.get("next", "/")


def case_base_view_hook(request):
    return NextRedirect().dispatch(request)


urlpatterns = [
    path("redirect_base_view_hook/", case_base_view_hook),
]

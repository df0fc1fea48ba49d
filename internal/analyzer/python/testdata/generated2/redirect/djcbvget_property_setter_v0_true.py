# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=property_setter sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @raw.setter
    def raw(self, value):
        self._raw = value


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        w = Wrapper("safe")
        w.raw = param
        bar = w.raw
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

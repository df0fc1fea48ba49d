# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=sorted_lens sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = str(sorted([len(param), 3])[0])
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

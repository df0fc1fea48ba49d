# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvget propagation=closure_nonlocal sink=v0 expected=true
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class HandleRedirectView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = "safe"
        def update():
            nonlocal bar
            bar = param
        update()
        return HttpResponseRedirect(bar)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

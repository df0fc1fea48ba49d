# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=djcbvpost propagation=setattr_other sink=v0 expected=false
from django.http import HttpResponseRedirect, JsonResponse
from django.urls import path
from django.views import View


class Box:
    pass


class HandleRedirectView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        box = Box()
        setattr(box, "field", param)
        box.other = "safe"
        bar = box.other
        return HttpResponseRedirect(bar)


urlpatterns = [
    path("redirect/", HandleRedirectView.as_view(), name="redirect"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=getattr_other sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class Box:
    pass


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        box = Box()
        box.field = param
        box.other = "safe"
        bar = getattr(box, "other")
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

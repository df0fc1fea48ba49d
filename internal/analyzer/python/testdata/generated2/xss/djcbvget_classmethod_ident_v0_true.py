# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=classmethod_ident sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class Util:
    prefix = ""

    @classmethod
    def passthrough(cls, value):
        return cls.prefix + value


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = Util.passthrough(param)
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

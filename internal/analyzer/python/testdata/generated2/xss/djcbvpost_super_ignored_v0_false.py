# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=super_ignored sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class Base:
    def clean(self, value):
        return value


class Child(Base):
    def clean(self, value):
        super().clean(value)
        return "safe"


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = Child().clean(param)
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=helper_isinstance sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = coerce(param)
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=helper_isinstance_str sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = coerce(param)
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

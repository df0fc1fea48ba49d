# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=helper_int sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = to_int_str(param)
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=validator_guard sink=v0 expected=false
import re

from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.urls import path
from django.views import View


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        if not is_valid(param):
            return HttpResponseBadRequest("invalid")
        bar = param
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

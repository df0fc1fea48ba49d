# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=resub_negclass sink=v0 expected=false
import re

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = re.sub(r"[^a-z0-9]", "", param)
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=strip_semicolons sink=v0 expected=true
import re

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = re.sub(r"[;&|]", "", param)
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

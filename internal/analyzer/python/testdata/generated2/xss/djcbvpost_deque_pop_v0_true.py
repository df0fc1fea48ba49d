# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=deque_pop sink=v0 expected=true
import collections

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        dq = collections.deque(["safe"])
        dq.append(param)
        bar = dq.pop()
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=with_ctx sink=v0 expected=true
import contextlib

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        with contextlib.nullcontext(param) as v:
            bar = v
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

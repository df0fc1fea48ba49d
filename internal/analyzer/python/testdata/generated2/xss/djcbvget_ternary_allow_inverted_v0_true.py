# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=ternary_allow_inverted sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


ALLOWED = ("alpha", "beta", "gamma")


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param if param not in ALLOWED else "alpha"
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

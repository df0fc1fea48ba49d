# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=recursion_const sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = unwrap(param, 3)
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=mutual_recursion sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ping(param, 4)
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

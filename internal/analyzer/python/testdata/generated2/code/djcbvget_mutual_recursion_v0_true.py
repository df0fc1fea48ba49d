# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=mutual_recursion sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


def ping(value, n):
    if n == 0:
        return value
    return pong(value, n - 1)


def pong(value, n):
    return ping(value, n)


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ping(param, 4)
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

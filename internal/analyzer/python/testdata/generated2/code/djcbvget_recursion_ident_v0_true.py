# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=recursion_ident sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = unwrap(param, 3)
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

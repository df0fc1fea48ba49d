# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=ternary_allow sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


ALLOWED = ("alpha", "beta", "gamma")


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param if param in ALLOWED else "alpha"
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

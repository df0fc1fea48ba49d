# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=ternary_allow_inverted sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


ALLOWED = ("alpha", "beta", "gamma")


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param if param not in ALLOWED else "alpha"
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=dict_allow_get_default_param sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ALLOWED.get("zeta", param)
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

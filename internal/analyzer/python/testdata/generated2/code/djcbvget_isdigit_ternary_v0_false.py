# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=isdigit_ternary sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param if param.isdigit() else "0"
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

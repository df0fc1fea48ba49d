# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvpost propagation=items_key_const sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = ""
        for k, _v in {"safe": param}.items():
            bar = k
        result = str(eval(bar, {"__builtins__": {}}))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

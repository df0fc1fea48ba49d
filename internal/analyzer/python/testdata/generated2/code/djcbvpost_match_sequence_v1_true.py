# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvpost propagation=match_sequence sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        match param.split(",", 1):
            case [head, *_]:
                bar = head
            case _:
                bar = "default"
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

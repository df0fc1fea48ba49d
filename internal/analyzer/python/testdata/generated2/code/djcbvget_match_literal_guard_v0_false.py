# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=match_literal_guard sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        match param:
            case "alpha" | "beta":
                bar = param
            case _:
                bar = "default"
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

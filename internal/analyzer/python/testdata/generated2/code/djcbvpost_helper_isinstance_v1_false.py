# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvpost propagation=helper_isinstance sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


class HandleCodeView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = coerce(param)
        result = str(eval(bar, {"__builtins__": {}}))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

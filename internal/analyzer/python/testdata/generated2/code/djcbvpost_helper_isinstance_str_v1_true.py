# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvpost propagation=helper_isinstance_str sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


def coerce(value):
    if isinstance(value, str):
        return value
    return "0"


class HandleCodeView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = coerce(param)
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

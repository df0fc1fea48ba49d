# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvpost propagation=bleach_clean sink=v1 expected=true
import bleach

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        bar = bleach.clean(param)
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvpost propagation=functools_partial sink=v1 expected=true
import functools

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        join2 = functools.partial(lambda a, b: a + b, "")
        bar = join2(param)
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

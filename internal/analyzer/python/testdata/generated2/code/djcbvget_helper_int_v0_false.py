# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=helper_int sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = to_int_str(param)
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=closure_factory_const sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


def make_getter(value):
    def getter():
        return "safe"
    return getter


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = make_getter(param)()
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

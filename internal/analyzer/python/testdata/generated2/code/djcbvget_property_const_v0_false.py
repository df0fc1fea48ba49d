# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=property_const sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = Wrapper(param).label
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

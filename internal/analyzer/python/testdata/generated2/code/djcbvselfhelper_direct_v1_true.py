# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvselfhelper propagation=direct sink=v1 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = param
        result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

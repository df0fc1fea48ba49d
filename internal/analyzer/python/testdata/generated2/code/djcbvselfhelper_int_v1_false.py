# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvselfhelper propagation=int sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = str(int(param))
        result = str(eval(bar, {"__builtins__": {}}))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvselfhelper propagation=direct sink=safe-api expected=false
import ast

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = param
        result = str(ast.literal_eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

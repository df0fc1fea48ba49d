# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvinherit propagation=direct sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


class HandleCodeView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

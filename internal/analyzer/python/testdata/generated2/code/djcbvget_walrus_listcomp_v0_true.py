# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=walrus_listcomp sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = [y := param.strip()][0]
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

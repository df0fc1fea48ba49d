# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=closure_nonlocal sink=v0 expected=true
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = "safe"
        def update():
            nonlocal bar
            bar = param
        update()
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

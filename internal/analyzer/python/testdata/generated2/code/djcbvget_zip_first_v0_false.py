# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=zip_first sink=v0 expected=false
from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = ""
        for a, _b in zip(["safe"], [param]):
            bar = a
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

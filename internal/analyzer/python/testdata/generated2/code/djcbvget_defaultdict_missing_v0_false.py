# generated case (gen_cases2): rule=PY-CODE-INJECTION context=djcbvget propagation=defaultdict_missing sink=v0 expected=false
import collections

from django.http import JsonResponse
from django.urls import path
from django.views import View


class HandleCodeView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        d = collections.defaultdict(str)
        d["p"] = param
        bar = d["q"]
        result = str(eval(bar))
        return JsonResponse({"result": result})


urlpatterns = [
    path("code/", HandleCodeView.as_view(), name="code"),
]

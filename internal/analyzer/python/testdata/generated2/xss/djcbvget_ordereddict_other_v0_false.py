# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=ordereddict_other sink=v0 expected=false
from collections import OrderedDict
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        od = OrderedDict([("a", "safe"), ("b", param)])
        bar = od["a"]
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

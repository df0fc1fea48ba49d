# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=tuple_index_const sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        t = ("safe", param)
        bar = t[0]
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

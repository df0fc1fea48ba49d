# generated case (gen_cases2): rule=PY-XSS context=djcbvpost propagation=listofdicts_used sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    http_method_names = ["post"]

    def post(self, request):
        param = request.POST["p"]
        rows = [{"n": "safe"}, {"n": param}]
        bar = rows[1]["n"]
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=try_else sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        try:
            n = len(param)
        except TypeError:
            n = 0
        else:
            n = param
        bar = str(n)
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

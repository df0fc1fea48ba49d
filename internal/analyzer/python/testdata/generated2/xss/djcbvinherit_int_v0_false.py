# generated case (gen_cases2): rule=PY-XSS context=djcbvinherit propagation=int sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = str(int(param))
        return HttpResponse("<p>Hello " + bar + "</p>")


class HandleXssView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

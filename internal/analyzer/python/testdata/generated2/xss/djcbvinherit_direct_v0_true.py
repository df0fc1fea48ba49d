# generated case (gen_cases2): rule=PY-XSS context=djcbvinherit propagation=direct sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class BaseLookupView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = param
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


class HandleXssView(BaseLookupView):
    template_name = "lookup.html"


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

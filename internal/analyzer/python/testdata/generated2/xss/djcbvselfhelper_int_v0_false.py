# generated case (gen_cases2): rule=PY-XSS context=djcbvselfhelper propagation=int sink=v0 expected=false
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        return self.process(request, request.GET.get("p", ""))

    def process(self, request, param):
        bar = str(int(param))
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

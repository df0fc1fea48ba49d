# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=markupsafe_escape sink=v0 expected=false
import markupsafe

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = str(markupsafe.escape(param))
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

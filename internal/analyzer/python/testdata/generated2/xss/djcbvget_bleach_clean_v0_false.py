# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=bleach_clean sink=v0 expected=false
import bleach

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        bar = bleach.clean(param)
        return HttpResponse("<p>Hello " + bar + "</p>")


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

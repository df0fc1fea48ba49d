# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=match_sequence sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        match param.split(",", 1):
            case [head, *_]:
                bar = head
            case _:
                bar = "default"
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

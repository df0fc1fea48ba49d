# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=match_mapping sink=v0 expected=true
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        match {"k": param}:
            case {"k": v}:
                bar = v
            case _:
                bar = "default"
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

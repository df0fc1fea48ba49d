# generated case (gen_cases2): rule=PY-XSS context=djcbvget propagation=functools_partial sink=v0 expected=true
import functools

from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views import View


class HandleXssView(View):
    def get(self, request):
        param = request.GET.get("p", "")
        join2 = functools.partial(lambda a, b: a + b, "")
        bar = join2(param)
        return HttpResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS


urlpatterns = [
    path("xss/", HandleXssView.as_view(), name="xss"),
]

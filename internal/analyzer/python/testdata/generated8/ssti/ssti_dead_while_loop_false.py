# generated case (gen8): category=ssti rule=PY-SSTI fw=django shape=dead_while_loop expected=false
from jinja2 import Template
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_dead_while_loop(request):
    param = request.COOKIES.get("q", "")
    src = "<p>{{ v }}</p>"
    while False:
        src = param
    out = Template(src).render(v=param)
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("ssti_dead_while_loop/", case_dead_while_loop),
]

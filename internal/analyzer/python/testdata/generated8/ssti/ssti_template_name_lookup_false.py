# generated case (gen8): category=ssti rule=PY-SSTI fw=django shape=template_name_lookup expected=false
from jinja2 import Template
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

TEMPLATES = {"short": "Hi {{ n }}", "long": "Hello dear {{ n }}"}


def case_template_name_lookup(request):
    param = request.META.get("HTTP_X_Q", "")
    src = TEMPLATES.get(param, TEMPLATES["short"])
    out = Template(src).render(n=param)
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("ssti_template_name_lookup/", case_template_name_lookup),
]

# generated case (gen9): category=ssti rule=PY-SSTI fw=django shape=dict_get_const_template expected=false
import jinja2
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

TEMPLATES = {"hello": "Hello {{ 1 }}", "bye": "Bye"}


def case_dict_get_const_template(request):
    param = request.GET.get("q", "")
    out = jinja2.Template(TEMPLATES.get(param, "Hello")).render()
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("ssti_dict_get_const_template/", case_dict_get_const_template),
]

# generated case (gen9): category=ssti rule=PY-SSTI fw=django shape=strip_braces expected=false
import jinja2
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_strip_braces(request):
    param = request.COOKIES.get("q", "")
    clean = param.replace("{", "").replace("}", "")
    out = jinja2.Template("<p>" + clean + "</p>").render()
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("ssti_strip_braces/", case_strip_braces),
]

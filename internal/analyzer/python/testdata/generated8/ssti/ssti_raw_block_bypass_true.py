# generated case (gen8): category=ssti rule=PY-SSTI fw=django shape=raw_block_bypass expected=true
from jinja2 import Template
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_raw_block_bypass(request):
    param = request.GET.get("q", "")
    source = "{% raw %}" + param + "{% endraw %}"
    out = Template(source).render()  # want: PY-SSTI
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("ssti_raw_block_bypass/", case_raw_block_bypass),
]

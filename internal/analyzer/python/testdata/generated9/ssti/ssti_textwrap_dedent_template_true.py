# generated case (gen9): category=ssti rule=PY-SSTI fw=django shape=textwrap_dedent_template expected=true
import textwrap

import jinja2
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_textwrap_dedent_template(request):
    param = request.POST.get("q", "")
    src = textwrap.dedent(f"""
        <h1>{param}</h1>
    """)
    out = jinja2.Template(src).render()  # want: PY-SSTI
    return JsonResponse({"result": str(out)})


urlpatterns = [
    path("ssti_textwrap_dedent_template/", case_textwrap_dedent_template),
]

# generated case (gen8): category=ssti rule=PY-SSTI fw=django shape=django_template_from_input expected=true
from django.template import Context, Template
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_django_template_from_input(request):
    param = request.COOKIES.get("q", "")
    out = Template("<p>" + param + "</p>").render(Context({}))  # want: PY-SSTI
    return HttpResponse(out)


urlpatterns = [
    path("ssti_django_template_from_input/", case_django_template_from_input),
]

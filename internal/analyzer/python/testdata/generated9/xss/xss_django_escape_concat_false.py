# generated case (gen9): category=xss rule=PY-XSS fw=django shape=django_escape_concat expected=false
from django.utils.html import escape
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_django_escape_concat(request):
    param = request.GET.get("q", "")
    return HttpResponse("<p>" + escape(param) + "</p>")


urlpatterns = [
    path("xss_django_escape_concat/", case_django_escape_concat),
]

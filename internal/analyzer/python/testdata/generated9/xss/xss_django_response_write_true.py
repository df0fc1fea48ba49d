# generated case (gen9): category=xss rule=PY-XSS fw=django shape=django_response_write expected=true
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_django_response_write(request):
    param = request.GET.get("q", "")
    resp = HttpResponse()
    resp.write("<p>" + param + "</p>")  # want: PY-XSS
    return resp


urlpatterns = [
    path("xss_django_response_write/", case_django_response_write),
]

# generated case (gen8): category=xss rule=PY-XSS fw=django shape=django_mark_safe_escape expected=false
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_django_mark_safe_escape(request):
    param = request.META.get("HTTP_X_Q", "")
    return HttpResponse(mark_safe("<p>" + escape(param) + "</p>"))


urlpatterns = [
    path("xss_django_mark_safe_escape/", case_django_mark_safe_escape),
]

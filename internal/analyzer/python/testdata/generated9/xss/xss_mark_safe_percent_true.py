# generated case (gen9): category=xss rule=PY-XSS fw=django shape=mark_safe_percent expected=true
from django.utils.safestring import mark_safe
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_mark_safe_percent(request):
    param = request.COOKIES.get("q", "")
    return HttpResponse(mark_safe("<p>%s</p>" % param))  # want: PY-XSS


urlpatterns = [
    path("xss_mark_safe_percent/", case_mark_safe_percent),
]

# generated case (gen8): category=xss rule=PY-XSS fw=django shape=count_of_char expected=false
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_count_of_char(request):
    param = request.META.get("HTTP_X_Q", "")
    n = param.count(",") + 1
    return HttpResponse(f"<p>{n} tags submitted</p>")


urlpatterns = [
    path("xss_count_of_char/", case_count_of_char),
]

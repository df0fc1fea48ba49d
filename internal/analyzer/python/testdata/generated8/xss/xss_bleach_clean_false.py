# generated case (gen8): category=xss rule=PY-XSS fw=django shape=bleach_clean expected=false
import bleach
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_bleach_clean(request):
    param = request.GET.get("q", "")
    return HttpResponse("<div>" + bleach.clean(param) + "</div>")


urlpatterns = [
    path("xss_bleach_clean/", case_bleach_clean),
]

# generated case (gen9): category=ssrf rule=PY-SSRF fw=django shape=const_tuple_membership_dead expected=false
import requests
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

FEATURES = ("metrics", "audit")


def case_const_tuple_membership_dead(request):
    param = request.GET.get("q", "")
    status = 0
    if "proxy" in FEATURES:
        status = requests.get(param, timeout=5).status_code
    return JsonResponse({"result": str(status)})


urlpatterns = [
    path("ssrf_const_tuple_membership_dead/", case_const_tuple_membership_dead),
]

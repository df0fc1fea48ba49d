# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=set_membership_guard expected=false
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_set_membership_guard(request):
    param = request.COOKIES.get("q", "")
    if param in {"compact", "wide"}:
        request.session["layout"] = param
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_set_membership_guard/", case_set_membership_guard),
]

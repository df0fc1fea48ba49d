# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=tainted_session_key expected=true
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_tainted_session_key(request):
    param = request.GET.get("q", "")
    request.session[param] = "1"  # want: PY-TRUST-BOUNDARY
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_tainted_session_key/", case_tainted_session_key),
]

# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=bool_flag expected=false
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_bool_flag(request):
    param = request.GET.get("q", "")
    request.session["dark_mode"] = param == "1"
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_bool_flag/", case_bool_flag),
]

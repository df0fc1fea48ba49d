# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=django shape=json_field_nested expected=true
import json
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_json_field_nested(request):
    param = request.POST.get("q", "")
    prefs = json.loads(param or "{}")
    request.session["theme"] = prefs.get("theme", "light")  # want: PY-TRUST-BOUNDARY
    return JsonResponse({"result": str("ok")})


urlpatterns = [
    path("trustbound_json_field_nested/", case_json_field_nested),
]

# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=secrets_randbelow_pin expected=false
import secrets
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_secrets_randbelow_pin(request):
    param = request.COOKIES.get("q", "")
    pin = "%06d" % secrets.randbelow(10 ** 6)
    request.session["pin"] = pin
    return JsonResponse({"result": str(param)})


urlpatterns = [
    path("weakrandom_secrets_randbelow_pin/", case_secrets_randbelow_pin),
]

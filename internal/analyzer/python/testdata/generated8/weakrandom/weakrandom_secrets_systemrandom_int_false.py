# generated case (gen8): category=weakrandom rule=PY-WEAK-RANDOM fw=django shape=secrets_systemrandom_int expected=false
import secrets
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_secrets_systemrandom_int(request):
    param = request.META.get("HTTP_X_Q", "")
    verification_code = secrets.SystemRandom().randint(100000, 999999)
    return JsonResponse({"result": str([param, verification_code > 0])})


urlpatterns = [
    path("weakrandom_secrets_systemrandom_int/", case_secrets_systemrandom_int),
]

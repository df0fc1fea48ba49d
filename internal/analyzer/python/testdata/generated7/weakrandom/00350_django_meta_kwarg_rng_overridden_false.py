# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=meta shape=kwarg_rng_overridden sink=specific expected=false
import random
import secrets

from django.http import JsonResponse
from django.urls import path


def issue_csrf(rng=random):
    return "%x" % rng.getrandbits(96)


def case_00350(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    csrf = issue_csrf(rng=secrets.SystemRandom())
    result = len(csrf + bar)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00350/", case_00350),
]

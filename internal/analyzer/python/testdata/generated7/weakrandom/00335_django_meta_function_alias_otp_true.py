# generated case (gen_cases7): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=meta shape=function_alias_otp sink=specific expected=true
import random

from django.http import JsonResponse
from django.urls import path

PENDING_OTPS = {}


def case_00335(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = param
    gen = random.randint
    otp = str(gen(100000, 999999))  # want: PY-WEAK-RANDOM
    PENDING_OTPS[bar[:32]] = otp
    result = len(PENDING_OTPS)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00335/", case_00335),
]

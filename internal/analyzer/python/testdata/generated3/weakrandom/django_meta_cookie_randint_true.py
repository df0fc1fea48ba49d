# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=meta variant=cookie_randint expected=true
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00716(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    value = random.randint(0, 99)  # want: PY-WEAK-RANDOM
    user_id = "User:" + str(value)
    resp = JsonResponse({"ok": True})
    resp.set_cookie("rememberMe", user_id, secure=True, httponly=True, samesite="Strict")
    return resp


urlpatterns = [
    path("00716/", benchmark_test_00716),
]

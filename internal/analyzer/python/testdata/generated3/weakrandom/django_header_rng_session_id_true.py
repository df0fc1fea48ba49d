# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=header variant=rng_session_id expected=true
import random

from django.http import JsonResponse
from django.urls import path


def benchmark_test_00715(request):
    param = request.headers.get("X-Benchmark", "")
    bar = param
    rng = random.Random()
    session_id = rng.randint(0, 2 ** 63)  # want: PY-WEAK-RANDOM
    resp = JsonResponse({"ok": True})
    resp.set_cookie("session_id", str(session_id), secure=True, httponly=True, samesite="Strict")
    return resp


urlpatterns = [
    path("00715/", benchmark_test_00715),
]

# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=django source=get shape=dead_branch_random_token expected=false
import random
import secrets

from django.http import JsonResponse
from django.urls import path

SESSIONS = {}


def benchmark_test_00150(request):
    param = request.GET.get("BenchmarkTest", "")
    bar = param
    if False:
        session_id = "%032x" % random.getrandbits(128)
    else:
        session_id = secrets.token_hex(16)
    SESSIONS[session_id] = bar[:16]
    result = len(SESSIONS)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00150/", benchmark_test_00150),
]

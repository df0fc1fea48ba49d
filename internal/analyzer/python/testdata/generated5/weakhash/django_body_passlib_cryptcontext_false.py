# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=django source=body shape=passlib_cryptcontext expected=false
import json

from django.http import JsonResponse
from django.urls import path
from passlib.context import CryptContext

PWD_CONTEXT = CryptContext(schemes=["argon2", "bcrypt"], deprecated="auto")


def benchmark_test_00101(request):
    payload = json.loads(request.body or b"{}")
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    password = bar
    hashed = PWD_CONTEXT.hash(password)
    result = len(hashed)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00101/", benchmark_test_00101),
]
